//! A worker that stops when it is told to, or when its handle is dropped.
//!
//! Go's classic leak is a worker goroutine that loops on `range jobs` when
//! nobody ever closes `jobs`: it waits forever. The same happens in Rust to a
//! task that only waits for its next job while some `Sender` is still alive
//! somewhere. The fix is Go's too: a quit signal. Here it is a `oneshot`
//! channel whose sender lives in the [`Worker`] handle, so that dropping the
//! handle is the signal as well.

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

/// The handle of a task that sums the jobs it receives.
#[derive(Debug)]
pub struct Worker {
    /// Sending, or dropping, this tells the task to finish.
    quit: oneshot::Sender<()>,
    task: JoinHandle<u64>,
}

impl Worker {
    /// Starts a task that adds up every job received on `jobs`, until it is
    /// stopped, its handle is dropped, or every job sender is gone.
    pub fn start(jobs: mpsc::Receiver<u64>) -> Worker {
        let mut jobs = jobs;
        let (quit, mut quit_rx) = oneshot::channel::<()>();
        let task = leakcheck::task::spawn("summing-worker", async move {
            let mut sum = 0;
            loop {
                tokio::select! {
                    // Resolves when the handle sends, or is dropped.
                    _ = &mut quit_rx => break,
                    job = jobs.recv() => match job {
                        Some(job) => sum += job,
                        None => return sum, // every sender is gone
                    },
                }
            }
            // Count the jobs that were sent before the signal and are still queued.
            jobs.close();
            while let Ok(job) = jobs.try_recv() {
                sum += job;
            }
            sum
        });
        Worker { quit, task }
    }

    /// Stops the worker, even while job senders are still alive, and returns
    /// the sum of every job sent before the call. The task has ended when this
    /// returns.
    pub async fn stop(self) -> u64 {
        let Worker { quit, task } = self;
        // The task may have ended already (every sender gone): then nobody listens.
        let _ = quit.send(());
        task.await.expect("the worker task panicked")
    }
}
