//! A clock behind a trait: the code asks its `Clock` for the time, and a
//! test hands it a fixed one.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Where the code under test gets the time from.
// ANCHOR: trait
pub trait Clock {
    /// The time now.
    fn now(&self) -> SystemTime;
}

/// The real clock: `SystemTime::now()`.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// A clock that always says the same time: what a test gives the code.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub SystemTime);

impl Clock for FixedClock {
    fn now(&self) -> SystemTime {
        self.0
    }
}
// ANCHOR_END: trait

/// `hours:minutes` after midnight UTC of 2024-01-01, as a `SystemTime`:
/// the fixed times the examples and tests use.
///
/// ```
/// use test_seams::clock::{at, greeting, FixedClock};
/// assert_eq!(greeting(&FixedClock(at(9, 30))), "good morning");
/// ```
pub fn at(hours: u64, minutes: u64) -> SystemTime {
    const JAN_1_2024: u64 = 1_704_067_200;
    UNIX_EPOCH + Duration::from_secs(JAN_1_2024 + hours * 3600 + minutes * 60)
}

// ANCHOR: greeting
/// A greeting for the time of day (UTC) that `clock` says it is.
pub fn greeting(clock: &impl Clock) -> &'static str {
    greeting_at(|| clock.now())
}

/// The same greeting, the time taken from a function: Go's
/// `func greeting(now func() time.Time) string`.
pub fn greeting_at(now: impl Fn() -> SystemTime) -> &'static str {
    let seconds = now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    match seconds % 86_400 / 3600 {
        0..12 => "good morning",
        12..18 => "good afternoon",
        _ => "good evening",
    }
}
// ANCHOR_END: greeting

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_greeting_follows_the_fixed_clock() {
        assert_eq!(greeting(&FixedClock(at(0, 0))), "good morning");
        assert_eq!(greeting(&FixedClock(at(11, 59))), "good morning");
        assert_eq!(greeting(&FixedClock(at(12, 0))), "good afternoon");
        assert_eq!(greeting(&FixedClock(at(18, 0))), "good evening");
        assert_eq!(greeting_at(|| at(15, 0)), "good afternoon");
    }
}
