//! The task patterns, on a paused clock.

use select::concurrent::{
    Health, Job, first_response, map_bounded, monitor, rate_limited, worker_with_heartbeat,
};
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{MissedTickBehavior, sleep};

fn paused<F: Future>(body: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap()
        .block_on(body)
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Counts live and peak concurrent holders.
#[derive(Default)]
struct Gauge {
    now: AtomicUsize,
    peak: AtomicUsize,
}

struct Dropped(Arc<AtomicUsize>);

impl Drop for Dropped {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

graded::tests! {
    /// Outputs in input order, and never more than `limit` running at once.
    fn map_bounded_keeps_order_and_the_limit() {
        paused(async {
            let gauge = Arc::new(Gauge::default());
            let inputs: Vec<u64> = (0..20).collect();
            let outputs = map_bounded(inputs, 3, |v| {
                let gauge = Arc::clone(&gauge);
                async move {
                    let now = gauge.now.fetch_add(1, Ordering::SeqCst) + 1;
                    gauge.peak.fetch_max(now, Ordering::SeqCst);
                    sleep(ms(20 - v)).await; // later inputs finish sooner
                    gauge.now.fetch_sub(1, Ordering::SeqCst);
                    v * 10
                }
            })
            .await;
            assert_eq!(outputs, (0..20).map(|v| v * 10).collect::<Vec<_>>());
            assert_eq!(gauge.peak.load(Ordering::SeqCst), 3);
        });
    }

    /// The fastest answer wins and every other request is cancelled before return.
    fn first_response_returns_the_fastest_and_cancels_the_rest() {
        paused(async {
            let dropped = Arc::new(AtomicUsize::new(0));
            let finished = Arc::new(AtomicUsize::new(0));
            let replicas: Vec<_> = [30, 10, 20, 40]
                .into_iter()
                .map(|delay| {
                    let guard = Dropped(Arc::clone(&dropped));
                    let finished = Arc::clone(&finished);
                    async move {
                        let _guard = guard;
                        sleep(ms(delay)).await;
                        finished.fetch_add(1, Ordering::SeqCst);
                        delay
                    }
                })
                .collect();
            assert_eq!(first_response(replicas).await, Some(10));
            assert_eq!(finished.load(Ordering::SeqCst), 1, "the losers ran on");
            assert_eq!(dropped.load(Ordering::SeqCst), 4, "a loser was not dropped");
            assert_eq!(first_response(Vec::<std::future::Ready<u8>>::new()).await, None);
        });
    }

    /// A healthy worker finishes; a hung job stops the beats and the monitor notices.
    fn monitor_tells_a_finished_worker_from_a_stuck_one() {
        paused(async {
            for (last, expected) in [
                (ms(10), Health::Finished(vec![1, 2, 3])),
                (ms(3_600_000), Health::Stalled(vec![1, 2])),
            ] {
                let (jobs_tx, jobs) = mpsc::channel(3);
                for (id, takes) in [(1, ms(10)), (2, ms(10)), (3, last)] {
                    jobs_tx.send(Job { id, takes }).await.unwrap();
                }
                drop(jobs_tx);
                let (beats_tx, mut beats) = mpsc::channel(1);
                let (results_tx, mut results) = mpsc::channel(1);
                let worker = tokio::spawn(worker_with_heartbeat(jobs, ms(20), beats_tx, results_tx));
                assert_eq!(monitor(&mut beats, &mut results, ms(100)).await, expected);
                worker.abort();
            }
        });
    }

    /// An idle worker keeps beating, so patience never runs out while it waits.
    fn an_idle_worker_keeps_beating() {
        paused(async {
            let (jobs_tx, jobs) = mpsc::channel(1);
            let (beats_tx, mut beats) = mpsc::channel(1);
            let (results_tx, mut results) = mpsc::channel(1);
            let worker = tokio::spawn(worker_with_heartbeat(jobs, ms(20), beats_tx, results_tx));
            let feeder = tokio::spawn(async move {
                sleep(ms(1_000)).await; // idle ten times longer than the patience
                jobs_tx.send(Job { id: 7, takes: ms(1) }).await.unwrap();
            });
            assert_eq!(monitor(&mut beats, &mut results, ms(100)).await, Health::Finished(vec![7]));
            feeder.await.unwrap();
            worker.await.unwrap();
        });
    }

    /// Delay keeps requests a period apart even after idling; Burst lets a burst through.
    fn rate_limit_spacing_depends_on_missed_tick_behaviour() {
        paused(async {
            for (behavior, expected) in [
                (MissedTickBehavior::Delay, [100, 200, 1000, 1100]),
                (MissedTickBehavior::Burst, [100, 200, 1000, 1000]),
            ] {
                let (tx, rx) = mpsc::channel(4);
                let producer = tokio::spawn(async move {
                    tx.send(1).await.unwrap();
                    tx.send(2).await.unwrap();
                    sleep(ms(1000)).await;
                    tx.send(3).await.unwrap();
                    tx.send(4).await.unwrap();
                });
                let handled = rate_limited(rx, ms(100), behavior).await;
                let times: Vec<Duration> = handled.iter().map(|&(_, at)| at).collect();
                assert_eq!(times, expected.map(ms), "{behavior:?}");
                assert_eq!(handled.iter().map(|&(r, _)| r).collect::<Vec<_>>(), [1, 2, 3, 4]);
                producer.await.unwrap();
            }
        });
    }
}
