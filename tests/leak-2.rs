//! Graded tests for leak-2: the worker sums its jobs and stops when told to,
//! when its handle is dropped, or when every sender is gone, and leaves no
//! task behind (checked with `leakcheck`, whose report names each task left
//! running and the line that spawned it).

use std::future::Future;
use std::time::Duration;

use leak_2::Worker;
use tokio::sync::mpsc;
use tokio::time::{Instant, timeout_at};

/// How long `stop` may take before the test gives up on it.
const PATIENCE: Duration = Duration::from_secs(1);

/// Runs `body` one test at a time, then checks that it left no task or
/// thread behind. A short grace period, so that a leak fails fast.
async fn checked<F: Future>(body: F) -> F::Output {
    let _serial = leakcheck::serial();
    let options = leakcheck::Options::new()
        .grace(Duration::from_millis(250))
        .runtime(&tokio::runtime::Handle::current());
    leakcheck::verify_async_with(options, body).await
}

/// `worker.stop()`, or `None` when it has not returned by `deadline` (a
/// worker that never hears it should quit): the leak check that follows
/// then says which task is still running, and where it was spawned.
async fn stop_by(worker: Worker, deadline: Instant) -> Option<u64> {
    timeout_at(deadline, worker.stop()).await.ok()
}

/// Sends `job` on `jobs`; the worker's receiver must still be alive.
async fn send(jobs: &mpsc::Sender<u64>, job: u64) {
    jobs.send(job)
        .await
        .expect("the worker's receiver was gone before the worker was stopped");
}

/// The message for a `stop` that did not return the sum it should have.
fn wrong_sum(got: Option<u64>, expected: u64, what: &str) -> String {
    match got {
        None => format!(
            "{what}: `stop` did not return within {PATIENCE:?}: the worker never heard the quit \
             signal (is it waiting only on `jobs.recv()` while a sender lives?)"
        ),
        Some(sum) => format!(
            "{what}: `stop` returned {sum}, but the jobs sent before it add up to {expected}: \
             jobs still queued when the quit signal came were dropped (after the loop, \
             `jobs.close()` and add what `try_recv` still returns)"
        ),
    }
}

graded::tests! {
    /// `stop` returns the sum of every job sent before it, while the job
    /// sender is still alive, and the worker task has ended.
    async fn stop_returns_the_sum_of_the_jobs_sent_before_it() {
        let (jobs, queue) = mpsc::channel(16);
        let sum = checked(async {
            let worker = Worker::start(queue);
            for job in 1..=10 {
                send(&jobs, job).await;
            }
            stop_by(worker, Instant::now() + PATIENCE).await
        })
        .await;
        assert_eq!(sum, Some(55), "{}", wrong_sum(sum, 55, "ten jobs 1..=10, sender alive"));
        assert!(
            jobs.is_closed(),
            "the worker's receiver is still alive after `stop` returned: the task has not ended"
        );
    }

    /// Jobs still queued when `stop` is called count too: 200 jobs wait in
    /// the channel, unread, when the quit signal arrives with them, and
    /// every one of them is in the sum. (A worker that quits at once loses
    /// them: its `select!` picks the ready quit branch before long.)
    async fn stop_counts_the_jobs_still_queued() {
        let (jobs, queue) = mpsc::channel(256);
        let sum = checked(async {
            let worker = Worker::start(queue);
            for job in 1..=200 {
                send(&jobs, job).await; // room in the channel: the worker has not run yet
            }
            stop_by(worker, Instant::now() + PATIENCE).await
        })
        .await;
        let expected = 200 * 201 / 2;
        assert_eq!(
            sum,
            Some(expected),
            "{}",
            wrong_sum(sum, expected, "200 jobs queued and unread when `stop` was called")
        );
        drop(jobs);
    }

    /// A worker that never got a job stops too, though its sender lives.
    async fn stop_ends_an_idle_worker_whose_sender_lives() {
        let (jobs, queue) = mpsc::channel::<u64>(1);
        let sum = checked(async {
            let worker = Worker::start(queue);
            tokio::task::yield_now().await; // the worker starts, and waits for a job
            stop_by(worker, Instant::now() + PATIENCE).await
        })
        .await;
        assert_eq!(sum, Some(0), "{}", wrong_sum(sum, 0, "an idle worker, sender alive"));
        drop(jobs);
    }

    /// Dropping the handle without `stop` ends the task as well: the quit
    /// signal goes with the handle.
    async fn dropping_the_worker_stops_its_task() {
        let (jobs, queue) = mpsc::channel(4);
        checked(async {
            let worker = Worker::start(queue);
            send(&jobs, 1).await;
            drop(worker);
        })
        .await;
        assert!(
            jobs.is_closed(),
            "the worker's receiver is still alive after its handle was dropped: the task has not \
             ended"
        );
    }

    /// Dropping the handle of an idle worker ends its task: a dropped quit
    /// sender is a signal too (`_ = &mut quit` matches it; `Ok(()) = &mut
    /// quit` does not, and disables the branch).
    async fn dropping_an_idle_worker_stops_its_task() {
        let (jobs, queue) = mpsc::channel::<u64>(4);
        checked(async {
            let worker = Worker::start(queue);
            tokio::task::yield_now().await; // the worker starts, and waits for a job
            drop(worker);
        })
        .await;
        assert!(
            jobs.is_closed(),
            "the worker's receiver is still alive after its handle was dropped: the task has not \
             ended"
        );
    }

    /// When every job sender is gone the worker ends on its own, and `stop`
    /// still returns the sum.
    async fn the_worker_ends_when_every_sender_is_gone() {
        let sum = checked(async {
            let (jobs, queue) = mpsc::channel(4);
            let worker = Worker::start(queue);
            send(&jobs, 20).await;
            send(&jobs, 22).await;
            drop(jobs);
            stop_by(worker, Instant::now() + PATIENCE).await
        })
        .await;
        assert_eq!(sum, Some(42), "{}", wrong_sum(sum, 42, "jobs 20 and 22, then every sender gone"));
    }

    /// Many workers, started and stopped at once, each count their own jobs
    /// and none is left running.
    async fn many_workers_stop_cleanly() {
        let mut senders = Vec::new();
        let sums = checked(async {
            let mut workers = Vec::new();
            for w in 0..50u64 {
                let (jobs, queue) = mpsc::channel(8);
                workers.push(Worker::start(queue));
                for job in 0..=w {
                    send(&jobs, job).await;
                }
                senders.push(jobs);
            }
            let deadline = Instant::now() + PATIENCE;
            let mut sums = Vec::new();
            for worker in workers {
                sums.push(stop_by(worker, deadline).await);
            }
            sums
        })
        .await;
        for (w, sum) in (0..50u64).zip(sums) {
            let expected = w * (w + 1) / 2;
            assert_eq!(sum, Some(expected), "{}", wrong_sum(sum, expected, &format!("worker {w} of 50")));
        }
        drop(senders);
    }
}
