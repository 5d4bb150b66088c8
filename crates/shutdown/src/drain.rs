//! A worker pool that drains its queue on shutdown.

use std::future::Future;
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

// ANCHOR: drain
/// Takes jobs from `jobs` and runs `handle(job)` for each as a task, until
/// `shutdown` is cancelled; then refuses new jobs, runs those already queued,
/// waits for every task, and returns how many jobs ran.
///
/// `jobs.close()` is the difference between a drain and a loss: once closed,
/// a `send` fails (the sender keeps its job and knows it was not taken),
/// while every job already in the buffer is still received.
pub async fn run_until_shutdown<F, Fut>(
    mut jobs: mpsc::Receiver<u64>,
    shutdown: CancellationToken,
    handle: F,
) -> usize
where
    F: Fn(u64) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let tracker = TaskTracker::new();
    let mut ran = 0;
    loop {
        tokio::select! {
            job = jobs.recv() => match job {
                Some(job) => { tracker.spawn(handle(job)); ran += 1; }
                None => break, // every sender is gone
            },
            () = shutdown.cancelled() => {
                jobs.close(); // refuse new jobs...
                while let Some(job) = jobs.recv().await { // ...and drain the accepted ones
                    tracker.spawn(handle(job));
                    ran += 1;
                }
                break;
            }
        }
    }
    tracker.close();
    tracker.wait().await;
    ran
}
// ANCHOR_END: drain
