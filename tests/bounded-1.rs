//! Graded tests for bounded-1: `map_bounded` never runs more than `limit`
//! jobs at once (a gauge checked at every start), reaches the limit, finishes
//! every job and keeps the input order, and leaves no task behind (checked
//! with `leakcheck`). Time is tokio's paused clock.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bounded_1::map_bounded;
use tokio::time::{Instant, sleep, timeout};

/// How long (on the paused clock) a test waits before it reports a hang.
const PATIENCE: Duration = Duration::from_secs(600);

/// Counts the jobs in flight; remembers the most at once.
#[derive(Default)]
struct Gauge {
    now: AtomicUsize,
    max: AtomicUsize,
}

impl Gauge {
    fn enter(self: &Arc<Self>) -> InFlight {
        let now = self.now.fetch_add(1, Ordering::SeqCst) + 1;
        self.max.fetch_max(now, Ordering::SeqCst);
        InFlight(Arc::clone(self))
    }
}

struct InFlight(Arc<Gauge>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Runs `body` on a paused clock, one test at a time, and checks that it
/// left no task or thread behind ([`leakcheck::run_paused`]); a body that
/// never returns fails as a deadlock.
fn paused<F: Future>(body: F) -> F::Output {
    leakcheck::run_paused(async {
        timeout(PATIENCE, body)
            .await
            .expect("deadlock: map_bounded never returned (a permit that is never released?)")
    })
}

graded::tests! {
    /// No more than `limit` jobs ever run at once, and `limit` do: 20 jobs of
    /// 10 ms with a limit of 4 take five waves.
    fn the_limit_holds_and_is_reached() {
        paused(async {
            for limit in [1, 3, 4, 7] {
                let gauge = Arc::new(Gauge::default());
                let start = Instant::now();
                let out = map_bounded((0..20u64).collect(), limit, |i| {
                    let gauge = Arc::clone(&gauge);
                    async move {
                        let _in = gauge.enter();
                        sleep(Duration::from_millis(10)).await;
                        i
                    }
                })
                .await;
                assert_eq!(out.len(), 20);
                let max = gauge.max.load(Ordering::SeqCst);
                assert!(max <= limit, "limit {limit}: {max} jobs ran at once");
                assert_eq!(max, limit, "limit {limit}: the jobs should use every slot");
                let waves = 20_u64.div_ceil(limit as u64);
                assert_eq!(start.elapsed(), Duration::from_millis(10 * waves));
            }
        });
    }

    /// Every job completes, and the outputs keep the order of the inputs,
    /// though the jobs finish out of order.
    fn every_output_comes_back_in_input_order() {
        paused(async {
            let out = map_bounded((0..30u64).collect(), 5, |i| async move {
                sleep(Duration::from_millis((30 - i) * 3 + i % 4)).await;
                i * i
            })
            .await;
            assert_eq!(out, (0..30).map(|i| i * i).collect::<Vec<_>>());
        });
    }

    /// No future is made before a slot is free: at most `limit` exist at once.
    fn futures_are_made_only_when_a_slot_is_free() {
        paused(async {
            let gauge = Arc::new(Gauge::default());
            let out = map_bounded((0..12u64).collect(), 3, |i| {
                let made = gauge.enter(); // counts from the call to f, not the first poll
                async move {
                    sleep(Duration::from_millis(5)).await;
                    drop(made);
                    i
                }
            })
            .await;
            assert_eq!(out.len(), 12);
            let max = gauge.max.load(Ordering::SeqCst);
            assert!(max <= 3, "{max} futures existed at once with a limit of 3");
        });
    }

    /// More room than work, and no work at all.
    fn a_large_limit_or_no_items_is_fine() {
        paused(async {
            let out = map_bounded(vec![1, 2, 3], 100, |i: u32| async move { i + 1 }).await;
            assert_eq!(out, [2, 3, 4]);
            let none = map_bounded(Vec::<u32>::new(), 2, |i| async move { i }).await;
            assert!(none.is_empty());
        });
    }
}
