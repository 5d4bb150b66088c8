//! A worker that stops when it is told to, or when its handle is dropped.
//!
//! Go's classic leak is a worker goroutine that loops on `range jobs` when
//! nobody ever closes `jobs`: it waits forever. The same happens in Rust to a
//! task that only waits for its next job while some `Sender` is still alive.
//!
//! Run the tests with `cargo test -p leak-2`; ask for a hint with
//! `cargo course hint leak-2`.

use tokio::sync::mpsc;

/// The handle of a task that sums the jobs it receives.
#[derive(Debug)]
pub struct Worker {
    // TODO: what the handle needs: a way to tell the task to quit (a
    // `tokio::sync::oneshot::Sender<()>`: dropping it is a signal too) and the
    // task's `JoinHandle<u64>`.
    _todo: (),
}

impl Worker {
    /// Starts a task that adds up every job received on `jobs`, until it is
    /// stopped, its handle is dropped, or every job sender is gone.
    pub fn start(jobs: mpsc::Receiver<u64>) -> Worker {
        // TODO: spawn the task with `leakcheck::task::spawn("summing-worker", ...)`.
        // In a loop, `tokio::select!` between the quit signal and `jobs.recv()`;
        // end when either says so. After a quit, add the jobs still queued
        // (`jobs.try_recv()`) before returning the sum.
        todo!()
    }

    /// Stops the worker, even while job senders are still alive, and returns
    /// the sum of every job sent before the call. The task has ended when this
    /// returns.
    pub async fn stop(self) -> u64 {
        // TODO: send the quit signal, then await the task's `JoinHandle`.
        todo!()
    }
}
