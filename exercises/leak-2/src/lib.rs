//! A worker that stops when it is told to, or when its handle is dropped.
//!
//! Go's classic leak is a worker goroutine that loops on `range jobs` when
//! nobody ever closes `jobs`: it waits forever. The same happens in Rust to a
//! task that only waits for its next job while some `Sender` is still alive.
//!
//! Run the tests with `cargo test -p leak-2`; ask for a hint with
//! `cargo course hint leak-2`.

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// The handle of a task that sums the jobs it receives.
#[derive(Debug)]
pub struct Worker {
    task: JoinHandle<u64>,
}

impl Worker {
    /// Starts a task that adds up every job received on `jobs`, until it is
    /// stopped, its handle is dropped, or every job sender is gone.
    pub fn start(jobs: mpsc::Receiver<u64>) -> Worker {
        // TODO: this is the Go version, ported line by line. It sums the jobs,
        // but it leaks in two ways. Run `cargo test -p leak-2`: the tests name
        // the tasks left behind and the lines that spawned them. Give the
        // worker a way to quit (its handle can carry the signal, so that
        // dropping the handle is a signal too), and fix the other leak.
        let mut jobs = jobs;
        let task = leakcheck::task::spawn("summing-worker", async move {
            let mut sum = 0;
            // Go: `for job := range jobs { sum += job }`.
            while let Some(job) = jobs.recv().await {
                sum += job;
            }
            sum
        });
        // Go: `go func() { for range time.Tick(time.Second) { log.Print(".") } }()`.
        leakcheck::task::spawn("progress-ticker", async {
            let mut every_second = tokio::time::interval(std::time::Duration::from_secs(1));
            loop {
                every_second.tick().await;
            }
        });
        Worker { task }
    }

    /// Stops the worker, even while job senders are still alive, and returns
    /// the sum of every job sent before the call. The task has ended when this
    /// returns.
    pub async fn stop(self) -> u64 {
        // Go: `wg.Wait()` for the worker to finish.
        self.task.await.expect("the worker task panicked")
    }
}
