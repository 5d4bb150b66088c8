//! The chapter's claims about limits, each a test that fails if the claim is
//! false: the limit is never exceeded (a gauge checked at every start), it is
//! reached (the work really overlaps), and all work completes. Async tests run
//! on tokio's paused clock.

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use bounded::chan_semaphore::ChanSemaphore;
use bounded::gauge::Gauge;
use bounded::limited::{for_each_in_window, for_each_limited};
use bounded::pool::run_pool;
use bounded::rate::RateLimiter;
use tokio::time::{Instant, sleep};

#[test]
fn the_channel_semaphore_holds_its_limit() {
    for _ in 0..20 {
        let (sem, gauge) = (ChanSemaphore::new(3), Gauge::new());
        thread::scope(|s| {
            for _ in 0..12 {
                s.spawn(|| {
                    let _token = sem.acquire();
                    let _in = gauge.enter();
                    for _ in 0..100 {
                        thread::yield_now();
                    }
                });
            }
        });
        assert!(gauge.max() <= 3, "{} at once", gauge.max());
        assert_eq!(gauge.started(), 12);
    }
}

#[test]
fn the_worker_pool_runs_every_job_on_at_most_its_workers() {
    for _ in 0..20 {
        let gauge = Gauge::new();
        let mut out = run_pool((0..50u32).collect(), 4, |n| {
            let _in = gauge.enter();
            thread::yield_now();
            n * 2
        });
        out.sort_unstable();
        assert_eq!(out, (0..50).map(|n| n * 2).collect::<Vec<_>>());
        assert!(gauge.max() <= 4, "{} at once", gauge.max());
    }
}

#[tokio::test(start_paused = true)]
async fn owned_permits_hold_the_limit_and_reach_it() {
    let gauge = Arc::new(Gauge::new());
    let start = Instant::now();
    let out = for_each_limited(0..20u64, 5, |i| {
        let gauge = Arc::clone(&gauge);
        async move {
            let _in = gauge.enter();
            sleep(Duration::from_millis(10)).await;
            i
        }
    })
    .await;
    assert_eq!(out.len(), 20);
    assert_eq!(gauge.max(), 5, "never above the limit, and it is reached");
    assert_eq!(start.elapsed(), Duration::from_millis(40), "4 waves of 5");
}

#[tokio::test(start_paused = true)]
async fn a_panicking_task_gives_its_permit_back() {
    // With a limit of 1, a permit lost in the panic would leave the next
    // acquire waiting forever: the (paused) timeout would then fire.
    let run = tokio::spawn(for_each_limited(0..4u8, 1, |i| async move {
        assert!(i != 1, "job 1 fails");
        i
    }));
    let result = tokio::time::timeout(Duration::from_secs(60), run)
        .await
        .expect("deadlock: the panicking task kept its permit");
    // The panic surfaces from join_all, after the other jobs still ran.
    assert!(result.unwrap_err().is_panic());
}

#[tokio::test(start_paused = true)]
async fn a_joinset_window_holds_the_limit() {
    let gauge = Arc::new(Gauge::new());
    let out = for_each_in_window(0..30u64, 4, |i| {
        let gauge = Arc::clone(&gauge);
        async move {
            let _in = gauge.enter();
            sleep(Duration::from_millis(i % 7)).await;
            i
        }
    })
    .await;
    let mut out = out;
    out.sort_unstable();
    assert_eq!(out, (0..30).collect::<Vec<_>>());
    assert_eq!(gauge.max(), 4);
}

#[tokio::test(start_paused = true)]
async fn a_rate_limiter_spaces_starts_but_not_work() {
    let mut limiter = RateLimiter::new(Duration::from_millis(100));
    let start = Instant::now();
    let gauge = Arc::new(Gauge::new());
    let mut tasks = tokio::task::JoinSet::new();
    let mut starts = Vec::new();
    for _ in 0..5 {
        limiter.wait().await;
        starts.push(start.elapsed().as_millis());
        let gauge = Arc::clone(&gauge);
        tasks.spawn(async move {
            let _in = gauge.enter();
            sleep(Duration::from_millis(250)).await; // longer than the period
        });
    }
    tasks.join_all().await;
    assert_eq!(starts, [0, 100, 200, 300, 400]);
    assert_eq!(gauge.max(), 3, "a rate limit is not a concurrency limit");
}
