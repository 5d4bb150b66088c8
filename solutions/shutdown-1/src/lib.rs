//! A service that shuts down gracefully and loses no job.
//!
//! Jobs arrive on a channel, each with a oneshot to answer on. Told to stop,
//! the service closes its queue (later sends fail, so their senders know the
//! job was not taken), still runs every job already queued, gives the jobs in
//! flight a grace period, and answers `Abandoned` to those the deadline cuts
//! short. Every accepted job gets an answer: completed or abandoned, never
//! silence.
//!
//! Run the tests with `cargo test -p shutdown-1`; ask for a hint with
//! `cargo course hint shutdown-1`.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// How a job ended, as told to its sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The job ran to the end.
    Completed,
    /// The shutdown deadline stopped it.
    Abandoned,
}

/// One job: `work` is how long it takes (a stand-in for real work).
#[derive(Debug)]
pub struct Job {
    /// The job's id, for the report.
    pub id: u64,
    /// How long the job runs.
    pub work: Duration,
    /// Where its outcome goes.
    pub reply: oneshot::Sender<Outcome>,
}

/// The ids of the jobs by outcome, each sorted.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Jobs that ran to the end.
    pub completed: Vec<u64>,
    /// Jobs the deadline stopped.
    pub abandoned: Vec<u64>,
}

/// Runs every job received on `jobs` as a task of its own, until `shutdown`
/// is cancelled or every sender is gone.
///
/// On `shutdown`: closes `jobs` at once (sends fail from then on), runs the
/// jobs already queued, and waits at most `grace` (from the cancel) for the
/// jobs in flight; those still running then are stopped and answered
/// [`Outcome::Abandoned`]. When every sender is gone first, waits for every
/// job, with no deadline. Each job is answered on its `reply` and listed in
/// the report.
pub async fn serve(
    mut jobs: mpsc::Receiver<Job>,
    shutdown: CancellationToken,
    grace: Duration,
) -> Report {
    let report = Arc::new(Mutex::new(Report::default()));
    let tracker = TaskTracker::new();
    let abandon = CancellationToken::new();
    let start = |job: Job| {
        let (report, abandon) = (Arc::clone(&report), abandon.clone());
        tracker.spawn(async move {
            let finished = abandon
                .run_until_cancelled(tokio::time::sleep(job.work))
                .await
                .is_some();
            let outcome = if finished {
                Outcome::Completed
            } else {
                Outcome::Abandoned
            };
            {
                let mut report = report.lock().unwrap();
                match outcome {
                    Outcome::Completed => report.completed.push(job.id),
                    Outcome::Abandoned => report.abandoned.push(job.id),
                }
            }
            let _ = job.reply.send(outcome); // the sender may have stopped listening
        });
    };
    let deadline = loop {
        tokio::select! {
            job = jobs.recv() => match job {
                Some(job) => start(job),
                None => break None, // every sender gone: finish everything
            },
            () = shutdown.cancelled() => {
                let deadline = tokio::time::Instant::now() + grace;
                jobs.close(); // refuse new jobs...
                while let Some(job) = jobs.recv().await { // ...but run the accepted ones
                    start(job);
                }
                break Some(deadline);
            }
        }
    };
    tracker.close();
    if let Some(deadline) = deadline
        && tokio::time::timeout_at(deadline, tracker.wait())
            .await
            .is_err()
    {
        abandon.cancel();
    }
    tracker.wait().await;
    let mut report = report.lock().unwrap().clone();
    report.completed.sort_unstable();
    report.abandoned.sort_unstable();
    report
}
