//! Graded tests for shutdown-1: told to stop, the service refuses new jobs,
//! runs every job it accepted, gives jobs in flight a grace period, answers
//! `Abandoned` to those the deadline stops, and loses none (checked over many
//! rounds, with `leakcheck` for leftover tasks). Time is tokio's paused clock.

use std::time::Duration;

use leakcheck::run_paused as paused;
use shutdown_1::{Job, Outcome, Report, serve};
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio::time::{Instant, sleep, timeout};
use tokio_util::sync::CancellationToken;

/// How long (on the paused clock) a test waits before it reports a hang.
const PATIENCE: Duration = Duration::from_secs(3600);

/// Sends a job; `Some(reply)` if the service took it, `None` if refused.
async fn submit(
    jobs: &mpsc::Sender<Job>,
    id: u64,
    work_ms: u64,
) -> Option<oneshot::Receiver<Outcome>> {
    let (reply, outcome) = oneshot::channel();
    let job = Job {
        id,
        work: Duration::from_millis(work_ms),
        reply,
    };
    jobs.send(job).await.ok().map(|()| outcome)
}

async fn answer(outcome: oneshot::Receiver<Outcome>, id: u64) -> Outcome {
    timeout(PATIENCE, outcome)
        .await
        .unwrap_or_else(|_| {
            panic!("job {id}: no answer: does serve wait for something that never ends?")
        })
        .unwrap_or_else(|_| {
            panic!("job {id} was accepted but dropped without an answer: a lost job")
        })
}

async fn finish(service: JoinHandle<Report>) -> Report {
    timeout(PATIENCE, service)
        .await
        .expect("serve did not return: deadlock?")
        .expect("serve panicked")
}

graded::tests! {
    /// With no shutdown, every job runs to the end; when every sender is
    /// gone, `serve` returns the report.
    fn jobs_complete_and_serve_returns_when_senders_are_gone() {
        paused(async {
            let (jobs, queue) = mpsc::channel(4);
            let service = tokio::spawn(serve(queue, CancellationToken::new(), Duration::from_millis(1)));
            let mut answers = Vec::new();
            for id in 0..6 {
                answers.push(submit(&jobs, id, 100 * (id + 1)).await.expect("accepted"));
            }
            drop(jobs);
            for (id, outcome) in answers.into_iter().enumerate() {
                assert_eq!(answer(outcome, id as u64).await, Outcome::Completed);
            }
            let report = finish(service).await;
            assert_eq!(report, Report { completed: (0..6).collect(), abandoned: vec![] });
        });
    }

    /// Jobs run at the same time: five jobs of 100 ms take 100 ms.
    fn jobs_run_concurrently() {
        paused(async {
            let (jobs, queue) = mpsc::channel(8);
            let service = tokio::spawn(serve(queue, CancellationToken::new(), Duration::ZERO));
            let start = Instant::now();
            let mut answers = Vec::new();
            for id in 0..5 {
                answers.push(submit(&jobs, id, 100).await.expect("accepted"));
            }
            drop(jobs);
            for (id, outcome) in answers.into_iter().enumerate() {
                answer(outcome, id as u64).await;
            }
            assert_eq!(start.elapsed(), Duration::from_millis(100));
            finish(service).await;
        });
    }

    /// After the shutdown signal, new jobs are refused at once, even while
    /// older jobs are still finishing.
    fn new_jobs_are_refused_once_shutdown_starts() {
        paused(async {
            let (jobs, queue) = mpsc::channel(4);
            let shutdown = CancellationToken::new();
            let service = tokio::spawn(serve(queue, shutdown.clone(), Duration::from_secs(10)));
            let slow = submit(&jobs, 1, 1000).await.expect("accepted before shutdown");
            sleep(Duration::from_millis(10)).await;
            shutdown.cancel();
            sleep(Duration::from_millis(10)).await;
            assert!(submit(&jobs, 2, 1).await.is_none(), "a job sent after shutdown should be refused");
            assert_eq!(answer(slow, 1).await, Outcome::Completed, "the job in flight finishes");
            finish(service).await;
        });
    }

    /// Jobs still running at the deadline are answered `Abandoned`, and
    /// `serve` returns at the deadline, not when they would have finished.
    fn the_deadline_abandons_and_reports_slow_jobs() {
        paused(async {
            let (jobs, queue) = mpsc::channel(4);
            let shutdown = CancellationToken::new();
            let service = tokio::spawn(serve(queue, shutdown.clone(), Duration::from_millis(100)));
            let quick = submit(&jobs, 1, 50).await.unwrap();
            let slow = submit(&jobs, 2, 60_000).await.unwrap();
            sleep(Duration::from_millis(1)).await;
            let start = Instant::now();
            shutdown.cancel();
            let report = finish(service).await;
            assert_eq!(start.elapsed(), Duration::from_millis(100), "serve returns at the deadline");
            assert_eq!(answer(quick, 1).await, Outcome::Completed);
            assert_eq!(answer(slow, 2).await, Outcome::Abandoned);
            assert_eq!(report, Report { completed: vec![1], abandoned: vec![2] });
        });
    }

    /// An idle service stops at once.
    fn an_idle_service_stops_at_once() {
        paused(async {
            let (jobs, queue) = mpsc::channel::<Job>(1);
            let shutdown = CancellationToken::new();
            shutdown.cancel();
            let start = Instant::now();
            let report = timeout(PATIENCE, serve(queue, shutdown, Duration::from_secs(5)))
                .await
                .expect("serve did not return");
            assert_eq!(start.elapsed(), Duration::ZERO);
            assert_eq!(report, Report::default());
            drop(jobs);
        });
    }

    /// Over many rounds with jobs arriving during the shutdown, every job the
    /// service accepted gets an answer and is in the report: none lost.
    fn no_accepted_job_is_ever_lost() {
        paused(async {
            for round in 0..100u64 {
                let (jobs, queue) = mpsc::channel(3);
                let shutdown = CancellationToken::new();
                let service = tokio::spawn(serve(queue, shutdown.clone(), Duration::from_millis(40)));
                let stopper = shutdown.clone();
                tokio::spawn(async move {
                    sleep(Duration::from_millis(5 + round % 17)).await;
                    stopper.cancel();
                });
                let mut accepted = Vec::new();
                for id in 0.. {
                    match submit(&jobs, id, (id * 7 + round) % 90).await {
                        Some(outcome) => accepted.push((id, outcome)),
                        None => break,
                    }
                    sleep(Duration::from_millis(1)).await;
                }
                let (mut completed, mut abandoned) = (Vec::new(), Vec::new());
                for (id, outcome) in accepted {
                    match answer(outcome, id).await {
                        Outcome::Completed => completed.push(id),
                        Outcome::Abandoned => abandoned.push(id),
                    }
                }
                let report = finish(service).await;
                assert_eq!(report, Report { completed, abandoned }, "round {round}");
            }
        });
    }
}
