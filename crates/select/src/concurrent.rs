//! Go's concurrency patterns on tokio tasks: bounded parallelism,
//! first-response-wins, heartbeats and rate limiting.
//!
//! Where Go cancels with a `done` channel or a `context.Context`, a tokio
//! task is cancelled by dropping or aborting it: a [`JoinSet`] aborts every
//! task it still holds when it is dropped.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;
use tokio::time::{Instant, MissedTickBehavior, interval, interval_at, sleep};

// ANCHOR: map_bounded
/// Runs `f` on every input with at most `limit` running at once; the
/// outputs in input order. Go runs `limit` worker goroutines on one channel;
/// here each input is a task that first takes a permit of a [`Semaphore`].
///
/// # Panics
///
/// If `limit` is 0 (nothing could ever run), or if `f` panics.
pub async fn map_bounded<T, U, F, Fut>(inputs: Vec<T>, limit: usize, f: F) -> Vec<U>
where
    F: Fn(T) -> Fut,
    Fut: Future<Output = U> + Send + 'static,
    U: Send + 'static,
{
    assert!(
        limit > 0,
        "map_bounded: a limit of 0 would never run anything"
    );
    let permits = Arc::new(Semaphore::new(limit));
    let mut tasks = JoinSet::new();
    for (index, input) in inputs.into_iter().enumerate() {
        // Waiting here, before spawning, keeps at most `limit` tasks alive.
        let permit = Arc::clone(&permits)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let work = f(input);
        tasks.spawn(async move {
            let output = work.await;
            drop(permit);
            (index, output)
        });
    }
    let mut outputs: Vec<(usize, U)> = tasks.join_all().await.into_iter().collect();
    outputs.sort_by_key(|&(index, _)| index);
    outputs.into_iter().map(|(_, output)| output).collect()
}
// ANCHOR_END: map_bounded

// ANCHOR: first_response
/// Asks every replica at once and returns the first answer; the others are
/// cancelled (aborted, and waited for, before this returns). `None` if there
/// are no replicas or every one of them panicked.
pub async fn first_response<T, Fut>(replicas: Vec<Fut>) -> Option<T>
where
    Fut: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let mut asked = JoinSet::new();
    for replica in replicas {
        asked.spawn(replica);
    }
    while let Some(answer) = asked.join_next().await {
        if let Ok(answer) = answer {
            // Go: cancel() the context the losers watch. Here: abort them.
            asked.shutdown().await;
            return Some(answer);
        }
    }
    None
}
// ANCHOR_END: first_response

// ANCHOR: heartbeat
/// One job for [`worker_with_heartbeat`]: its id, and how long it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Job {
    /// What the worker reports when the job is done.
    pub id: u32,
    /// How long the work takes.
    pub takes: Duration,
}

/// Does `jobs` one by one, sending each id on `results`, and a heartbeat on
/// `beats` every `pulse` while it waits for work. A beat nobody is ready for
/// is dropped (`try_send`: Go's `select` with `default`), so a slow monitor
/// never slows the worker down. A job that hangs stops the heartbeat.
pub async fn worker_with_heartbeat(
    mut jobs: mpsc::Receiver<Job>,
    pulse: Duration,
    beats: mpsc::Sender<()>,
    results: mpsc::Sender<u32>,
) {
    let mut pulses = interval(pulse);
    pulses.set_missed_tick_behavior(MissedTickBehavior::Skip);
    loop {
        tokio::select! {
            _ = pulses.tick() => {
                let _ = beats.try_send(());
            }
            job = jobs.recv() => match job {
                Some(job) => {
                    sleep(job.takes).await;
                    if results.send(job.id).await.is_err() {
                        return;
                    }
                }
                None => return,
            },
        }
    }
}

/// What a monitor concluded about a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// The worker finished; its results, in order.
    Finished(Vec<u32>),
    /// Neither a beat nor a result came for `patience`; the results so far.
    Stalled(Vec<u32>),
}

/// Watches a worker: any beat or result proves it alive. Here the timer is
/// meant to restart each time round (it measures silence), so `sleep` is
/// written inside `select!`.
pub async fn monitor(
    beats: &mut mpsc::Receiver<()>,
    results: &mut mpsc::Receiver<u32>,
    patience: Duration,
) -> Health {
    let mut got = Vec::new();
    let mut beating = true;
    loop {
        tokio::select! {
            beat = beats.recv(), if beating => beating = beat.is_some(),
            result = results.recv() => match result {
                Some(id) => got.push(id),
                None => return Health::Finished(got),
            },
            () = sleep(patience) => return Health::Stalled(got),
        }
    }
}
// ANCHOR_END: heartbeat

// ANCHOR: rate_limited
/// Handles `requests` no faster than one per `every`, as Go's
/// `for req := range requests { <-limiter.C; handle(req) }`; returns each
/// request with when (since the start) it was handled.
///
/// `behavior` matters after an idle spell: with `Burst` (tokio's default)
/// the ticks missed while idle all fire at once and let a burst through;
/// `Delay` keeps every two requests at least `every` apart.
pub async fn rate_limited<T>(
    mut requests: mpsc::Receiver<T>,
    every: Duration,
    behavior: MissedTickBehavior,
) -> Vec<(T, Duration)> {
    let start = Instant::now();
    // Like Go's ticker, the first tick comes after one period (`interval`'s
    // would come at once).
    let mut limiter = interval_at(start + every, every);
    limiter.set_missed_tick_behavior(behavior);
    let mut handled = Vec::new();
    while let Some(request) = requests.recv().await {
        limiter.tick().await;
        handled.push((request, start.elapsed()));
    }
    handled
}
// ANCHOR_END: rate_limited
