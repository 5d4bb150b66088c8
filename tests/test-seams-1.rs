//! Graded tests for test-seams-1: `fetch_with_retry` is handed a fake
//! clock and a scripted fetcher, so every fetch and every sleep can be
//! checked, and no test waits for real.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use test_seams_1::{Backoff, Clock, Fetch, FetchError, RetryError, fetch_with_retry};

/// A clock that only moves when it is told to: by a sleep, or by a fetch's
/// latency. It starts far from zero, as a real monotonic clock does.
struct FakeClock {
    now: Cell<Duration>,
    sleeps: RefCell<Vec<Duration>>,
}

const START: Duration = Duration::from_secs(1_000);

impl FakeClock {
    fn new() -> FakeClock {
        FakeClock {
            now: Cell::new(START),
            sleeps: RefCell::new(Vec::new()),
        }
    }

    fn advance(&self, by: Duration) {
        self.now.set(self.now.get() + by);
    }

    fn sleeps(&self) -> Vec<u64> {
        self.sleeps
            .borrow()
            .iter()
            .map(|d| d.as_millis() as u64)
            .collect()
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Duration {
        self.now.get()
    }

    fn sleep(&self, delay: Duration) {
        self.sleeps.borrow_mut().push(delay);
        self.advance(delay);
    }
}

/// A fetcher that gives its scripted answers in order (the last one again
/// once they run out), each taking `latency` on the fake clock.
struct Script<'a> {
    clock: &'a FakeClock,
    latency: Duration,
    answers: RefCell<VecDeque<Result<String, FetchError>>>,
    calls: Cell<u32>,
}

impl<'a> Script<'a> {
    fn new(clock: &'a FakeClock, answers: Vec<Result<String, FetchError>>) -> Script<'a> {
        Script {
            clock,
            latency: Duration::ZERO,
            answers: RefCell::new(answers.into()),
            calls: Cell::new(0),
        }
    }

    fn taking(mut self, latency_ms: u64) -> Script<'a> {
        self.latency = Duration::from_millis(latency_ms);
        self
    }
}

impl Fetch for Script<'_> {
    fn fetch(&self, url: &str) -> Result<String, FetchError> {
        assert_eq!(url, URL, "fetch_with_retry must fetch the url it was given");
        self.calls.set(self.calls.get() + 1);
        self.clock.advance(self.latency);
        let mut answers = self.answers.borrow_mut();
        if answers.len() > 1 {
            answers.pop_front().expect("checked above")
        } else {
            answers
                .front()
                .cloned()
                .expect("every script has an answer")
        }
    }
}

const URL: &str = "https://example.com/status";

fn ok(body: &str) -> Result<String, FetchError> {
    Ok(body.to_owned())
}

fn temporary(why: &str) -> Result<String, FetchError> {
    Err(FetchError::Temporary(why.to_owned()))
}

fn permanent(why: &str) -> Result<String, FetchError> {
    Err(FetchError::Permanent(why.to_owned()))
}

/// 100 ms, doubling, up to 10 s, for 5 attempts, within a minute.
fn backoff() -> Backoff {
    Backoff {
        attempts: 5,
        first_delay: Duration::from_millis(100),
        max_delay: Duration::from_secs(10),
        deadline: Duration::from_secs(60),
    }
}

graded::tests! {
    /// A first fetch that succeeds is the answer: one fetch, no sleep.
    fn a_first_success_is_returned_without_sleeping() {
        let clock = FakeClock::new();
        let fetcher = Script::new(&clock, vec![ok("up")]);
        let got = fetch_with_retry(&fetcher, &clock, URL, &backoff());
        assert_eq!(got, Ok("up".to_owned()), "the body of a successful fetch is the answer");
        assert_eq!(fetcher.calls.get(), 1, "a fetch that succeeds is not made again");
        assert!(clock.sleeps().is_empty(), "no failure, no sleep: slept {:?} ms", clock.sleeps());
    }

    /// Temporary failures are retried until a fetch succeeds.
    fn temporary_failures_are_retried_until_a_success() {
        let clock = FakeClock::new();
        let fetcher = Script::new(&clock, vec![temporary("503"), temporary("503"), ok("up")]);
        let got = fetch_with_retry(&fetcher, &clock, URL, &backoff());
        assert_eq!(got, Ok("up".to_owned()), "two 503s then a success must end in the success");
        assert_eq!(fetcher.calls.get(), 3, "two failures and a success are three fetches");
    }

    /// Each wait is twice the one before it, from `first_delay`.
    fn each_wait_doubles_the_one_before() {
        let clock = FakeClock::new();
        let answers = vec![temporary("1"), temporary("2"), temporary("3"), ok("up")];
        let fetcher = Script::new(&clock, answers);
        let got = fetch_with_retry(&fetcher, &clock, URL, &backoff());
        assert_eq!(got, Ok("up".to_owned()), "the fourth fetch succeeds");
        assert_eq!(
            clock.sleeps(),
            [100, 200, 400],
            "after failures 1, 2 and 3 the waits are first_delay, twice it, four times it \
             (100, 200, 400 ms)"
        );
    }

    /// No wait is longer than `max_delay`: the doubling stops there.
    fn waits_are_capped_at_max_delay() {
        let clock = FakeClock::new();
        let mut answers = vec![temporary("503"); 5];
        answers.push(ok("up"));
        let fetcher = Script::new(&clock, answers);
        let policy = Backoff { attempts: 6, max_delay: Duration::from_millis(250), ..backoff() };
        let got = fetch_with_retry(&fetcher, &clock, URL, &policy);
        assert_eq!(got, Ok("up".to_owned()), "the sixth fetch succeeds");
        assert_eq!(
            clock.sleeps(),
            [100, 200, 250, 250, 250],
            "with max_delay 250 ms the waits are 100, 200, then 250 each time (400 and 800 are \
             capped)"
        );
    }

    /// A permanent error is given back at once: no sleep, no other fetch.
    fn a_permanent_error_is_given_back_at_once() {
        let clock = FakeClock::new();
        let fetcher = Script::new(&clock, vec![permanent("404")]);
        let got = fetch_with_retry(&fetcher, &clock, URL, &backoff());
        assert_eq!(
            got,
            Err(RetryError::Permanent("404".to_owned())),
            "a permanent error is RetryError::Permanent with its reason"
        );
        assert_eq!(fetcher.calls.get(), 1, "a permanent error is never retried");
        assert!(clock.sleeps().is_empty(), "no sleep before giving a permanent error back");

        let clock = FakeClock::new();
        let fetcher = Script::new(&clock, vec![temporary("503"), permanent("401"), ok("up")]);
        let got = fetch_with_retry(&fetcher, &clock, URL, &backoff());
        assert_eq!(
            got,
            Err(RetryError::Permanent("401".to_owned())),
            "a permanent error after a temporary one ends the retries too"
        );
        assert_eq!(fetcher.calls.get(), 2, "no fetch after the permanent error");
        assert_eq!(clock.sleeps(), [100], "one sleep, after the temporary failure only");
    }

    /// After the last attempt it gives up at once, with the count and the
    /// last error: no sleep that no fetch follows.
    fn it_gives_up_after_the_last_attempt_without_a_last_sleep() {
        let clock = FakeClock::new();
        let answers = vec![temporary("timeout 1"), temporary("timeout 2"), temporary("timeout 3")];
        let fetcher = Script::new(&clock, answers);
        let policy = Backoff { attempts: 3, ..backoff() };
        let got = fetch_with_retry(&fetcher, &clock, URL, &policy);
        assert_eq!(
            got,
            Err(RetryError::GaveUp { attempts: 3, last: "timeout 3".to_owned() }),
            "three failed attempts give up with attempts: 3 and the last error"
        );
        assert_eq!(fetcher.calls.get(), 3, "attempts: 3 means three fetches in all, the first included");
        assert_eq!(
            clock.sleeps(),
            [100, 200],
            "two sleeps between three fetches: none after the last one"
        );

        let clock = FakeClock::new();
        let fetcher = Script::new(&clock, vec![temporary("timeout")]);
        let got = fetch_with_retry(&fetcher, &clock, URL, &Backoff { attempts: 1, ..backoff() });
        assert_eq!(
            got,
            Err(RetryError::GaveUp { attempts: 1, last: "timeout".to_owned() }),
            "attempts: 1 is one fetch and no retry"
        );
        assert!(clock.sleeps().is_empty(), "attempts: 1 never sleeps");
    }

    /// The deadline is read from the clock, so the fetches' own time counts,
    /// not only the sleeps'.
    fn the_deadline_counts_the_time_the_fetches_take() {
        let clock = FakeClock::new();
        let fetcher = Script::new(&clock, vec![temporary("slow"), temporary("slow"), ok("up")])
            .taking(150);
        let policy = Backoff { deadline: Duration::from_millis(500), ..backoff() };
        let got = fetch_with_retry(&fetcher, &clock, URL, &policy);
        assert_eq!(
            got,
            Err(RetryError::GaveUp { attempts: 2, last: "slow".to_owned() }),
            "each fetch takes 150 ms: after the second, 400 ms have gone, and a 200 ms wait \
             would end at 600 ms, past the 500 ms deadline (adding up only the sleeps, 300 ms, \
             misses the fetches' time; ask the clock)"
        );
        assert_eq!(clock.sleeps(), [100], "the one wait that fits before the deadline");
    }

    /// A wait that ends exactly at the deadline is allowed; one that ends
    /// after it is not, and the deadline starts when the call does.
    fn a_wait_may_end_exactly_at_the_deadline() {
        let clock = FakeClock::new();
        let fetcher = Script::new(&clock, vec![temporary("503")]);
        let policy = Backoff { deadline: Duration::from_millis(300), ..backoff() };
        let got = fetch_with_retry(&fetcher, &clock, URL, &policy);
        assert_eq!(
            clock.sleeps(),
            [100, 200],
            "waits of 100 and 200 ms end at 100 and 300 ms, within a 300 ms deadline (the \
             second exactly at it); a 400 ms wait would end at 700"
        );
        assert_eq!(
            got,
            Err(RetryError::GaveUp { attempts: 3, last: "503".to_owned() }),
            "three fetches fit in the 300 ms deadline, then it gives up"
        );
    }
}
