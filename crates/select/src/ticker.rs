//! Tickers: Go's `time.Ticker` and tokio's [`Interval`](tokio::time::Interval).
//!
//! A Go ticker's channel holds one tick: a slow receiver finds one stale tick
//! waiting, and the ticks it missed meanwhile are dropped; the next ones stay
//! on the original schedule. tokio's `interval` lets you choose, with
//! [`MissedTickBehavior`]:
//!
//! | behaviour | after a stall | like Go? |
//! |---|---|---|
//! | `Burst` (the default) | every missed tick fires at once, then back on schedule | no: Go never bursts |
//! | `Delay` | one tick now, then every `period` from now | no: the schedule moves |
//! | `Skip` | one tick now, then the next tick of the original schedule | yes |

use std::time::Duration;
use tokio::time::{Instant, MissedTickBehavior, interval, sleep};

// ANCHOR: ticks_after_stall
/// When (since the start) the `count` ticks after a stall fire: an interval
/// of `period` ticks once, then its consumer is busy for `stall`.
pub async fn ticks_after_stall(
    period: Duration,
    stall: Duration,
    behavior: MissedTickBehavior,
    count: usize,
) -> Vec<Duration> {
    let start = Instant::now();
    let mut ticker = interval(period);
    ticker.set_missed_tick_behavior(behavior);
    ticker.tick().await; // the first tick is immediate (Go's comes after one period)
    sleep(stall).await;
    let mut when = Vec::with_capacity(count);
    for _ in 0..count {
        ticker.tick().await;
        when.push(start.elapsed());
    }
    when
}
// ANCHOR_END: ticks_after_stall
