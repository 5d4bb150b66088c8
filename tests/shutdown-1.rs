//! Graded tests for shutdown-1: told to stop, the service refuses new jobs,
//! runs every job it accepted, gives jobs in flight a grace period, answers
//! `Abandoned` to those the deadline stops, and loses none (checked over many
//! rounds, with `leakcheck` for leftover tasks). Every answer is checked
//! against the job's real fate: a job the grace period leaves time for is
//! answered `Completed` when its work ends, even if it was still queued when
//! the shutdown came; one still running at the deadline is answered
//! `Abandoned` at the deadline. Time is tokio's paused clock.

use std::time::Duration;

use leakcheck::run_paused as paused;
use shutdown_1::{Job, Outcome, Report, serve};
use tokio::sync::{mpsc, oneshot};
use tokio::task::{JoinHandle, JoinSet};
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

/// A job's answer, on a task of its own: the job's id, its outcome, and when
/// the answer came.
type Heard = (u64, Outcome, Instant);

/// Listens for a job's answer on a task of its own, so that the time it
/// comes is known.
fn listen(answers: &mut JoinSet<Heard>, id: u64, outcome: oneshot::Receiver<Outcome>) {
    answers.spawn(async move {
        let outcome = answer(outcome, id).await;
        (id, outcome, Instant::now())
    });
}

/// Every answer, by id.
async fn heard(mut answers: JoinSet<Heard>) -> Vec<Heard> {
    let mut heard = Vec::new();
    while let Some(joined) = answers.join_next().await {
        match joined {
            Ok(one) => heard.push(one),
            Err(err) => std::panic::resume_unwind(err.into_panic()),
        }
    }
    heard.sort_by_key(|&(id, _, _)| id);
    heard
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
                assert_eq!(
                    answer(outcome, id as u64).await,
                    Outcome::Completed,
                    "job {id}: with no shutdown, every job should run to the end"
                );
            }
            let report = finish(service).await;
            assert_eq!(
                report,
                Report { completed: (0..6).collect(), abandoned: vec![] },
                "the report should list every job as completed"
            );
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
            assert_eq!(
                start.elapsed(),
                Duration::from_millis(100),
                "five jobs of 100 ms should take 100 ms: each job should run as a task of its own, \
                 not one after the other"
            );
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
            let quick = submit(&jobs, 1, 50).await.expect("a job sent before shutdown is accepted");
            let slow = submit(&jobs, 2, 60_000).await.expect("a job sent before shutdown is accepted");
            sleep(Duration::from_millis(1)).await;
            let start = Instant::now();
            shutdown.cancel();
            let report = finish(service).await;
            assert_eq!(start.elapsed(), Duration::from_millis(100), "serve returns at the deadline");
            assert_eq!(
                answer(quick, 1).await,
                Outcome::Completed,
                "a job that ends within the grace period should complete"
            );
            assert_eq!(
                answer(slow, 2).await,
                Outcome::Abandoned,
                "a job still running at the deadline should be answered Abandoned"
            );
            assert_eq!(
                report,
                Report { completed: vec![1], abandoned: vec![2] },
                "the report should list every job under its outcome, once serve has returned"
            );
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
            assert_eq!(start.elapsed(), Duration::ZERO, "with nothing to wait for, serve should stop at once");
            assert_eq!(report, Report::default(), "no job came, so the report should be empty");
            drop(jobs);
        });
    }

    /// Over many rounds with jobs arriving during the shutdown, every job the
    /// service accepted gets one answer, its real outcome, at the right time
    /// (`Completed` when its work ends, `Abandoned` at the deadline), and is
    /// in the report: none lost.
    fn no_accepted_job_is_ever_lost() {
        paused(async {
            const GRACE: Duration = Duration::from_millis(40);
            for round in 0..100u64 {
                let (jobs, queue) = mpsc::channel(3);
                let shutdown = CancellationToken::new();
                let start = Instant::now();
                let service = tokio::spawn(serve(queue, shutdown.clone(), GRACE));
                let stopper = shutdown.clone();
                let stop_at = start + Duration::from_millis(5 + round % 17);
                let stop = tokio::spawn(async move {
                    tokio::time::sleep_until(stop_at).await;
                    stopper.cancel();
                });
                let deadline = stop_at + GRACE;
                let mut answers = JoinSet::new();
                let mut sent = Vec::new();
                for id in 0.. {
                    let work = Duration::from_millis((id * 7 + round) % 90);
                    let sent_at = Instant::now();
                    match submit(&jobs, id, work.as_millis() as u64).await {
                        Some(outcome) => listen(&mut answers, id, outcome),
                        None => break,
                    }
                    sent.push((id, sent_at, work));
                    sleep(Duration::from_millis(1)).await;
                }
                let heard = heard(answers).await;
                let (mut completed, mut abandoned) = (Vec::new(), Vec::new());
                for (&(id, sent_at, work), &(_, outcome, at)) in sent.iter().zip(&heard) {
                    let ends = sent_at + work;
                    match outcome {
                        Outcome::Completed => {
                            completed.push(id);
                            assert!(
                                ends <= deadline,
                                "round {round}, job {id}: answered Completed, but its work ends {:?} \
                                 after the deadline: the deadline should have stopped it",
                                ends - deadline
                            );
                            assert_eq!(
                                at,
                                ends,
                                "round {round}, job {id}: answered Completed {:?} after it was sent, \
                                 but its work takes {work:?}: a job should be answered Completed \
                                 when its work has run",
                                at - sent_at
                            );
                        }
                        Outcome::Abandoned => {
                            abandoned.push(id);
                            assert!(
                                ends >= deadline,
                                "round {round}, job {id}: answered Abandoned, but its work ends {:?} \
                                 before the deadline: a job the grace period leaves time for must \
                                 run to the end",
                                deadline - ends
                            );
                            assert_eq!(
                                at,
                                deadline,
                                "round {round}, job {id}: answered Abandoned {} the deadline (the \
                                 shutdown plus the grace of {GRACE:?})",
                                if at < deadline { "before" } else { "after" }
                            );
                        }
                    }
                }
                assert_eq!(heard.len(), sent.len(), "round {round}: every accepted job needs an answer");
                let report = finish(service).await;
                stop.await.expect("the stopper task panicked");
                assert_eq!(
                    report,
                    Report { completed, abandoned },
                    "round {round}: the report should list each accepted job once, under the outcome \
                     it was answered with"
                );
            }
        });
    }

    /// Jobs still in the queue when the shutdown comes were accepted: they
    /// are run, not dropped or answered `Abandoned` unseen, and each gets its
    /// real outcome (those that fit in the grace period complete). The
    /// service may take a queued job before it notices the shutdown, so each
    /// round queues 12, and 20 rounds are run: a service that skips the
    /// queue is caught.
    fn jobs_queued_at_shutdown_are_still_run() {
        paused(async {
            const GRACE: Duration = Duration::from_millis(100);
            for round in 0..20u64 {
                let (jobs, queue) = mpsc::channel(16);
                let shutdown = CancellationToken::new();
                let mut answers = JoinSet::new();
                let mut expected = Report::default();
                // Queue the jobs, then cancel, before serve has run at all.
                for id in 0..12u64 {
                    let work = 10 + 20 * ((id + round) % 8); // 10..=150 ms
                    let (reply, outcome) = oneshot::channel();
                    jobs.try_send(Job { id, work: Duration::from_millis(work), reply })
                        .expect("the queue has room for 16 jobs");
                    listen(&mut answers, id, outcome);
                    if work < 100 {
                        expected.completed.push(id);
                    } else {
                        expected.abandoned.push(id);
                    }
                }
                shutdown.cancel();
                let start = Instant::now();
                let service = tokio::spawn(serve(queue, shutdown, GRACE));
                for (id, outcome, at) in heard(answers).await {
                    let work = Duration::from_millis(10 + 20 * ((id + round) % 8));
                    if work < GRACE {
                        assert_eq!(
                            outcome,
                            Outcome::Completed,
                            "round {round}, job {id}: it was queued when the shutdown came, and its \
                             {work:?} of work fits in the grace of {GRACE:?}, so it should run and \
                             complete: after `jobs.close()`, every job still queued was accepted \
                             and must be started, not dropped or answered Abandoned"
                        );
                        assert_eq!(
                            at - start,
                            work,
                            "round {round}, job {id}: answered Completed after {:?}, but its work \
                             takes {work:?}: it should be answered when its work ends",
                            at - start
                        );
                    } else {
                        assert_eq!(
                            outcome,
                            Outcome::Abandoned,
                            "round {round}, job {id}: its {work:?} of work is longer than the grace \
                             of {GRACE:?}, so the deadline should stop it"
                        );
                        assert_eq!(
                            at - start,
                            GRACE,
                            "round {round}, job {id}: answered Abandoned after {:?}, but it should \
                             be at the deadline, {GRACE:?} after the shutdown",
                            at - start
                        );
                    }
                }
                assert!(
                    submit(&jobs, 99, 1).await.is_none(),
                    "round {round}: a job sent after the shutdown should be refused"
                );
                let report = finish(service).await;
                assert_eq!(
                    report, expected,
                    "round {round}: the report should list each queued job under its real outcome"
                );
            }
        });
    }
}
