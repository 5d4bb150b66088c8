//! Go's package-level function variable, ported as it is: a `static` that
//! holds the function the code calls, which a test swaps.
//!
//! This is what not to do, shown so that the chapter can run its pitfalls:
//! the `static` is shared by every test of the crate, and `cargo test` runs
//! tests on several threads at once, so one test's fake is another's
//! surprise; a test that panics before it restores the real function
//! leaves its fake behind. The guard below restores on drop (even when the
//! test panics), which fixes the forgetting, not the sharing.

use std::sync::RwLock;
use std::time::SystemTime;

// ANCHOR: static
/// The clock every caller of [`greeting`] uses: Go's
/// `var timeNow = time.Now`.
pub static TIME_NOW: RwLock<fn() -> SystemTime> = RwLock::new(SystemTime::now);

/// A greeting for the time [`TIME_NOW`] says it is.
pub fn greeting() -> &'static str {
    let now = *TIME_NOW.read().unwrap_or_else(|e| e.into_inner());
    crate::clock::greeting_at(now)
}
// ANCHOR_END: static

// ANCHOR: guard
/// Puts `fake` in [`TIME_NOW`] until the guard is dropped, then puts back
/// what was there: Go's `old := timeNow; timeNow = fake; defer func() {
/// timeNow = old }()`.
#[must_use = "the fake is removed when the guard is dropped"]
pub fn swap_clock(fake: fn() -> SystemTime) -> ClockGuard {
    let mut now = TIME_NOW.write().unwrap_or_else(|e| e.into_inner());
    let old = std::mem::replace(&mut *now, fake);
    ClockGuard { old }
}

/// Restores the clock [`swap_clock`] replaced.
#[derive(Debug)]
pub struct ClockGuard {
    old: fn() -> SystemTime,
}

impl Drop for ClockGuard {
    fn drop(&mut self) {
        *TIME_NOW.write().unwrap_or_else(|e| e.into_inner()) = self.old;
    }
}
// ANCHOR_END: guard
