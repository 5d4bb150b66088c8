//! A rate limiter: at most one start per period, however many run at once.

use std::time::Duration;
use tokio::time::{Instant, Interval, MissedTickBehavior, interval_at};

// ANCHOR: rate
/// Lets one caller through every `period`: Go's `time.Tick` throttle (or
/// `x/time/rate` with a burst of 1).
///
/// A rate limit bounds how often work *starts*; a semaphore bounds how much
/// runs *at once*. A slow job under a rate limit still overlaps the next.
pub struct RateLimiter {
    ticks: Interval,
}

impl RateLimiter {
    /// The first caller passes at once, the next one `period` later, and so on.
    pub fn new(period: Duration) -> Self {
        let mut ticks = interval_at(Instant::now(), period);
        // After an idle spell, do not let a burst of missed ticks through.
        ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
        RateLimiter { ticks }
    }

    /// Waits for this caller's turn.
    pub async fn wait(&mut self) {
        self.ticks.tick().await;
    }
}
// ANCHOR_END: rate
