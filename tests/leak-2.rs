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

graded::tests! {
    /// `stop` returns the sum of every job sent before it, while the job
    /// sender is still alive, and the worker task has ended.
    async fn stop_returns_the_sum_of_the_jobs_sent_before_it() {
        let (jobs, queue) = mpsc::channel(16);
        let sum = checked(async {
            let worker = Worker::start(queue);
            for job in 1..=10 {
                jobs.send(job).await.unwrap();
            }
            stop_by(worker, Instant::now() + PATIENCE).await
        })
        .await;
        assert_eq!(sum, Some(55));
        assert!(jobs.is_closed(), "the worker's receiver is gone once it stopped");
    }

    /// A worker that never got a job stops too, though its sender lives.
    async fn stop_ends_an_idle_worker_whose_sender_lives() {
        let (jobs, queue) = mpsc::channel::<u64>(1);
        let sum = checked(async {
            stop_by(Worker::start(queue), Instant::now() + PATIENCE).await
        })
        .await;
        assert_eq!(sum, Some(0));
        drop(jobs);
    }

    /// Dropping the handle without `stop` ends the task as well: the quit
    /// signal goes with the handle.
    async fn dropping_the_worker_stops_its_task() {
        let (jobs, queue) = mpsc::channel(4);
        checked(async {
            let worker = Worker::start(queue);
            jobs.send(1).await.unwrap();
            drop(worker);
        })
        .await;
        assert!(jobs.is_closed(), "the worker's receiver is gone once it ended");
    }

    /// When every job sender is gone the worker ends on its own, and `stop`
    /// still returns the sum.
    async fn the_worker_ends_when_every_sender_is_gone() {
        let sum = checked(async {
            let (jobs, queue) = mpsc::channel(4);
            let worker = Worker::start(queue);
            jobs.send(20).await.unwrap();
            jobs.send(22).await.unwrap();
            drop(jobs);
            stop_by(worker, Instant::now() + PATIENCE).await
        })
        .await;
        assert_eq!(sum, Some(42));
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
                    jobs.send(job).await.unwrap();
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
            assert_eq!(sum, Some(w * (w + 1) / 2), "worker {w}");
        }
        drop(senders);
    }
}
