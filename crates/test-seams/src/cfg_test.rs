//! A seam that only the tests have: under `#[cfg(test)]` the function that
//! reads the clock reads a per-thread fake instead.
//!
//! `cfg(test)` is set only when rustc builds the crate's own unit tests
//! (`cargo test` compiling `src/`), not for integration tests in `tests/`
//! nor for other crates' tests: they see the real clock. The fake is a
//! `thread_local!`, so tests running at once on their threads each see
//! their own, unlike Go's package variable.

use std::time::SystemTime;

/// A greeting for the time now: the system clock, or the test's fake.
pub fn greeting() -> &'static str {
    crate::clock::greeting_at(now)
}

// ANCHOR: cfg
#[cfg(not(test))]
fn now() -> SystemTime {
    SystemTime::now()
}

#[cfg(test)]
thread_local! {
    static FAKE_NOW: std::cell::Cell<Option<SystemTime>> = const { std::cell::Cell::new(None) };
}

#[cfg(test)]
fn now() -> SystemTime {
    FAKE_NOW
        .with(|fake| fake.get())
        .unwrap_or_else(SystemTime::now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::at;

    #[test]
    fn each_test_thread_has_its_own_fake_clock() {
        FAKE_NOW.with(|fake| fake.set(Some(at(9, 0))));
        let evening = std::thread::spawn(|| {
            FAKE_NOW.with(|fake| fake.set(Some(at(20, 0))));
            greeting()
        });
        assert_eq!(evening.join().unwrap(), "good evening");
        assert_eq!(
            greeting(),
            "good morning",
            "the other thread's fake is its own"
        );
    }
}
// ANCHOR_END: cfg
