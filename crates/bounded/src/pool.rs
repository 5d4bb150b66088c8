//! A fixed pool of worker threads over a crossbeam channel.

use crossbeam_channel::{bounded, unbounded};
use std::thread;

// ANCHOR: pool
/// Runs `job` over `inputs` on `workers` threads and returns the outputs in
/// completion order: Go's worker pool, with `jobs` and `results` channels.
///
/// The concurrency is the number of workers, fixed up front; a slow job holds
/// up only its own worker. The jobs channel is bounded, so a producer far
/// ahead of the workers waits instead of queueing everything.
pub fn run_pool<I, O, F>(inputs: Vec<I>, workers: usize, job: F) -> Vec<O>
where
    I: Send,
    O: Send,
    F: Fn(I) -> O + Sync,
{
    let (jobs_tx, jobs_rx) = bounded::<I>(workers);
    let (results_tx, results_rx) = unbounded();
    thread::scope(|s| {
        for _ in 0..workers {
            let (jobs_rx, results_tx, job) = (jobs_rx.clone(), results_tx.clone(), &job);
            s.spawn(move || {
                for input in jobs_rx {
                    // The receiver outlives the scope: this cannot fail.
                    let _ = results_tx.send(job(input));
                }
            });
        }
        drop(results_tx);
        for input in inputs {
            jobs_tx
                .send(input)
                .expect("workers live until the channel closes");
        }
        drop(jobs_tx); // close(jobs): the workers' loops end
        results_rx.iter().collect()
    })
}
// ANCHOR_END: pool
