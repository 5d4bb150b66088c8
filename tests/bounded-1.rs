//! Graded tests for bounded-1: `map_bounded` never runs more than `limit`
//! jobs at once (a gauge checked at every start), reaches the limit, finishes
//! every job and keeps the input order, and leaves no task behind (checked
//! with `leakcheck`). Time is tokio's paused clock.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bounded_1::map_bounded;
use tokio::sync::{mpsc, oneshot};
use tokio::time::{Instant, sleep, timeout};

/// How long (on the paused clock) a test waits before it reports a hang.
const PATIENCE: Duration = Duration::from_secs(600);

/// Counts the jobs in flight; remembers the most at once.
#[derive(Default)]
struct Gauge {
    now: AtomicUsize,
    max: AtomicUsize,
}

impl Gauge {
    fn enter(self: &Arc<Self>) -> InFlight {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.max.fetch_max(now, Ordering::SeqCst);
        InFlight(Arc::clone(self))
    }
}

struct InFlight(Arc<Gauge>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Runs `body` on a paused clock, one test at a time, and checks that it
/// left no task or thread behind ([`leakcheck::run_paused`]); a body that
/// never returns fails as a deadlock.
fn paused<F: Future>(body: F) -> F::Output {
    leakcheck::run_paused(async {
        timeout(PATIENCE, body)
            .await
            .expect("deadlock: map_bounded never returned (a permit that is never released?)")
    })
}

/// How long (on the paused clock) a step waits for a job to start.
const STEP: Duration = Duration::from_secs(1);

/// The next job to start, by index; fails if none starts within [`STEP`].
async fn next_start(started: &mut mpsc::UnboundedReceiver<usize>, why: &str) -> usize {
    timeout(STEP, started.recv())
        .await
        .unwrap_or_else(|_| panic!("no job started: {why}"))
        .expect("the jobs' start channel closed early")
}

/// Checks that no job starts while everything else waits.
async fn no_start(started: &mut mpsc::UnboundedReceiver<usize>, why: &str) {
    if let Ok(Some(index)) = timeout(Duration::from_millis(10), started.recv()).await {
        panic!("job {index} started: {why}");
    }
}

graded::tests! {
    /// No more than `limit` jobs ever run at once, and `limit` do: 20 jobs of
    /// 10 ms with a limit of 4 take five waves.
    fn the_limit_holds_and_is_reached() {
        paused(async {
            for limit in [1, 3, 4, 7] {
                let gauge = Arc::new(Gauge::default());
                let start = Instant::now();
                let out = map_bounded((0..20u64).collect(), limit, |i| {
                    let gauge = Arc::clone(&gauge);
                    async move {
                        let _in = gauge.enter();
                        sleep(Duration::from_millis(10)).await;
                        i
                    }
                })
                .await;
                assert_eq!(out.len(), 20, "limit {limit}: 20 items should give 20 outputs");
                let max = gauge.max.load(Ordering::SeqCst);
                assert!(max <= limit, "limit {limit}: {max} jobs ran at once");
                assert_eq!(max, limit, "limit {limit}: the jobs should use every slot");
                let waves = 20_u64.div_ceil(limit as u64);
                assert_eq!(
                    start.elapsed(),
                    Duration::from_millis(10 * waves),
                    "limit {limit}: 20 jobs of 10 ms should take {waves} rounds of 10 ms"
                );
            }
        });
    }

    /// Every job completes, and the outputs keep the order of the inputs,
    /// though the jobs finish out of order.
    fn every_output_comes_back_in_input_order() {
        paused(async {
            let out = map_bounded((0..30u64).collect(), 5, |i| async move {
                sleep(Duration::from_millis((30 - i) * 3 + i % 4)).await;
                i * i
            })
            .await;
            assert_eq!(
                out,
                (0..30).map(|i| i * i).collect::<Vec<_>>(),
                "the outputs should be in the order of the items, not the order the jobs finished in \
                 (keep each task's index and put its output in that slot)"
            );
        });
    }

    /// No future is made before a slot is free: at most `limit` exist at once.
    fn futures_are_made_only_when_a_slot_is_free() {
        paused(async {
            let gauge = Arc::new(Gauge::default());
            let out = map_bounded((0..12u64).collect(), 3, |i| {
                let made = gauge.enter(); // counts from the call to f, not the first poll
                async move {
                    sleep(Duration::from_millis(5)).await;
                    drop(made);
                    i
                }
            })
            .await;
            assert_eq!(out.len(), 12, "12 items should give 12 outputs");
            let max = gauge.max.load(Ordering::SeqCst);
            assert!(
                max <= 3,
                "{max} futures existed at once with a limit of 3: `f(item)` was called before a \
                 permit was taken (acquire first, then call `f`)"
            );
        });
    }

    /// More room than work, and no work at all.
    fn a_large_limit_or_no_items_is_fine() {
        paused(async {
            let out = map_bounded(vec![1, 2, 3], 100, |i: u32| async move { i + 1 }).await;
            assert_eq!(out, [2, 3, 4], "three items with a limit of 100 should give their three outputs");
            let none = map_bounded(Vec::<u32>::new(), 2, |i| async move { i }).await;
            assert!(none.is_empty(), "no items should give no outputs, got {none:?}");
        });
    }

    /// A sliding window, not batches: each job is held open by the test, and
    /// as soon as any one of the running jobs finishes, the next job starts
    /// while the others are still running; never more than `limit` at once.
    fn a_new_job_starts_as_soon_as_any_one_finishes() {
        paused(async {
            const LIMIT: usize = 3;
            const JOBS: usize = 8;
            let gauge = Arc::new(Gauge::default());
            let (started_tx, mut started) = mpsc::unbounded_channel();
            let mut gates = Vec::new();
            let mut items = Vec::new();
            for index in 0..JOBS {
                let (open, gate) = oneshot::channel::<()>();
                gates.push(Some(open));
                items.push((index, gate));
            }
            let job_gauge = Arc::clone(&gauge);
            let mapping = tokio::spawn(map_bounded(items, LIMIT, move |(index, gate)| {
                let (gauge, started_tx) = (Arc::clone(&job_gauge), started_tx.clone());
                async move {
                    let _in = gauge.enter();
                    started_tx.send(index).expect("the test stopped listening");
                    gate.await.expect("the test dropped a gate");
                    index * 10
                }
            }));
            // Drive the jobs, one finish at a time.
            {
                let mut running = Vec::new();
                for _ in 0..LIMIT {
                    running.push(next_start(&mut started, "the first jobs should start at once").await);
                }
                no_start(&mut started, "more than the limit of 3 jobs ran at once").await;
                let mut waiting = JOBS - LIMIT;
                let mut step = 0;
                while let Some(&done) = running.get((step + 1) % running.len().max(1)) {
                    running.retain(|&index| index != done);
                    gates[done].take().expect("each job is released once").send(()).ok();
                    if waiting > 0 {
                        let others = running.clone();
                        let next = next_start(
                            &mut started,
                            &format!(
                                "job {done} finished while jobs {others:?} were still running, and \
                                 no new job took its slot: the jobs ran in batches (all of a batch \
                                 must end before the next starts) instead of a sliding window \
                                 (hold a permit per task, and take the next one as soon as any \
                                 task drops its permit)"
                            ),
                        )
                        .await;
                        running.push(next);
                        waiting -= 1;
                    }
                    no_start(&mut started, "more than the limit of 3 jobs ran at once").await;
                    let now = gauge.now.load(Ordering::SeqCst);
                    assert_eq!(
                        now,
                        running.len(),
                        "{now} jobs were running, but jobs {running:?} should be (the limit is {LIMIT})"
                    );
                    step += 1;
                }
                assert_eq!(waiting, 0, "every job should have started");
            }
            let out = timeout(STEP, mapping)
                .await
                .expect("map_bounded did not return once every job had finished")
                .expect("map_bounded panicked");
            let max = gauge.max.load(Ordering::SeqCst);
            assert!(max <= LIMIT, "{max} jobs ran at once with a limit of {LIMIT}");
            assert_eq!(
                out,
                (0..JOBS).map(|i| i * 10).collect::<Vec<_>>(),
                "the outputs should be in the order of the items, though the jobs ended out of order"
            );
        });
    }

    /// A limit of 0 panics at once (nothing could ever run) instead of
    /// waiting forever for a permit.
    fn a_limit_of_zero_panics_instead_of_hanging() {
        paused(async {
            let one = map_bounded(vec![1u32], 1, |i| async move { i + 1 }).await;
            assert_eq!(one, [2], "one item with a limit of 1 should give its output");
            let mut task = tokio::spawn(map_bounded(vec![1u32], 0, |i| async move { i }));
            match timeout(STEP, &mut task).await {
                Ok(Err(err)) if err.is_panic() => {}
                Ok(Err(err)) => panic!("the map_bounded task with a limit of 0 failed: {err}"),
                Ok(Ok(out)) => panic!("a limit of 0 should panic, but map_bounded returned {out:?}"),
                Err(_) => {
                    task.abort();
                    let _ = task.await;
                    panic!(
                        "with a limit of 0, map_bounded waited forever for a permit: it should \
                         panic at once (`assert!(limit > 0, ...)`), as nothing could ever run"
                    );
                }
            }
        });
    }

    /// A job that panics still frees its slot (the permit is dropped as the
    /// task unwinds), so `map_bounded` goes on and then panics too, instead
    /// of waiting forever for the slot.
    fn a_panicking_job_frees_its_slot_and_panics_the_caller() {
        paused(async {
            let fine = map_bounded(vec![1u64, 2], 1, |i| async move { i * 3 }).await;
            assert_eq!(fine, [3, 6], "two items with a limit of 1 should give their outputs");
            let mut task = tokio::spawn(map_bounded((0..4u64).collect(), 1, |i| async move {
                sleep(Duration::from_millis(10)).await;
                assert!(i != 0, "job 0 exploded");
                i
            }));
            match timeout(STEP, &mut task).await {
                Ok(Err(err)) if err.is_panic() => {}
                Ok(Err(err)) => panic!("the map_bounded task failed: {err}"),
                Ok(Ok(out)) => panic!("a job panicked, so map_bounded should panic, but it returned {out:?}"),
                Err(_) => {
                    task.abort();
                    let _ = task.await;
                    panic!(
                        "deadlock: job 0 panicked and its slot never came back, so map_bounded \
                         waited forever for a permit: let the task own the permit (`acquire_owned`, \
                         moved into the task), so that it is dropped however the task ends, even \
                         by a panic"
                    );
                }
            }
        });
    }
}
