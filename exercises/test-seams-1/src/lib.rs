//! test-seams-1: a fetch retried with exponential backoff, its clock and
//! its network taken as parameters, so that a test can hand it fakes and
//! check every sleep without waiting for one.
//!
//! The Go you would start from calls its dependencies through package
//! variables that the tests swap:
//!
//! ```go
//! var timeNow = time.Now
//! var sleep = time.Sleep
//! var httpGet = get
//! ```
//!
//! Here they are the `fetcher` and `clock` parameters: the graded tests
//! pass their own fakes (a clock that moves only when told to, a fetcher
//! that answers from a script) and check every fetch and every sleep.

use std::time::Duration;

/// Where the retry loop gets the time from, and how it waits.
pub trait Clock {
    /// The time since some fixed instant (not necessarily zero at start).
    fn now(&self) -> Duration;
    /// Waits `delay`.
    fn sleep(&self, delay: Duration);
}

/// Why one fetch failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// Worth another try: a timeout, a 503.
    Temporary(String),
    /// Never worth another: a 404, a refused login.
    Permanent(String),
}

/// Gets the body at an address.
pub trait Fetch {
    /// One attempt at `url`.
    fn fetch(&self, url: &str) -> Result<String, FetchError>;
}

/// How to retry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The most fetches to make, the first included (at least 1).
    pub attempts: u32,
    /// The wait after the first failure; each later wait is twice the one
    /// before it...
    pub first_delay: Duration,
    /// ...but never longer than this.
    pub max_delay: Duration,
    /// No wait may end later than this long after the call started.
    pub deadline: Duration,
}

/// Why the retries ended without a body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryError {
    /// A fetch failed in a way no retry mends: given back at once.
    Permanent(String),
    /// Every attempt allowed failed, or the next wait would have ended past
    /// the deadline: how many fetches were made, and the last error.
    GaveUp { attempts: u32, last: String },
}

/// Fetches `url`, retrying temporary failures: after failure number `n`
/// (from 1) it sleeps `first_delay * 2^(n-1)`, capped at `max_delay`,
/// then tries again, up to `backoff.attempts` fetches in all. It never
/// sleeps after the last attempt, nor when the sleep would end later than
/// `backoff.deadline` after the call began (as `clock` tells the time, so
/// that the fetches' own time counts).
pub fn fetch_with_retry(
    fetcher: &impl Fetch,
    clock: &impl Clock,
    url: &str,
    backoff: &Backoff,
) -> Result<String, RetryError> {
    // TODO: the Go loop, with `fetcher.fetch(url)` for `httpGet(url)`,
    // `clock.now()` for `timeNow()` and `clock.sleep(d)` for `sleep(d)`:
    //
    //     start := timeNow()
    //     delay := b.FirstDelay
    //     for attempt := 1; ; attempt++ {
    //         body, err := httpGet(url)
    //         if err == nil { return body, nil }
    //         if permanent(err) { return "", err }       // no retry
    //         wait := min(delay, b.MaxDelay)
    //         if attempt == b.Attempts || timeNow().Add(wait).After(start.Add(b.Deadline)) {
    //             return "", gaveUp(attempt, err)         // no last sleep
    //         }
    //         sleep(wait)
    //         delay *= 2
    //     }
    todo!()
}
