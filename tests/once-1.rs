//! Graded tests for once-1: Go's `OnceValue` as a Rust type.

use once_1::OnceValue;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Barrier, Mutex};
use std::thread;
use std::time::Duration;

/// How long a `get` may take once its value is there (or once `init` has
/// panicked), at most: one that has not returned by then waits for nothing.
const WAKE: Duration = Duration::from_secs(1);

/// How long a `get` is watched to show that it waits (has not returned yet).
const SETTLE: Duration = Duration::from_millis(50);

/// An initializer that blocks until `release` says so (panicking if told
/// `false`), after telling `started` that it runs.
fn gated(started: mpsc::Sender<()>, release: Receiver<bool>) -> impl FnOnce() -> String {
    // In a Mutex, so that the initializer is `Sync` whatever holds it.
    let release = Mutex::new(release);
    move || {
        started.send(()).expect("the test stopped listening");
        let ok = release
            .lock()
            .expect("the initializer's channel")
            .recv_timeout(Duration::from_secs(2))
            .expect("the test never released the initializer");
        assert!(ok, "init failed on purpose");
        String::from("computed")
    }
}

/// Calls `value.get()` on a new thread; the channel gets `Ok(value)` or
/// `Err(panic message)` when it ends.
fn get_on_a_thread<F>(value: &Arc<OnceValue<String, F>>) -> Receiver<Result<String, String>>
where
    F: FnOnce() -> String + Send + 'static,
    OnceValue<String, F>: Send + Sync,
{
    let (outcome_tx, outcome) = mpsc::channel();
    let value = Arc::clone(value);
    thread::spawn(move || {
        let result = catch_unwind(AssertUnwindSafe(|| value.get().clone()))
            .map_err(|payload| graded::panic_message(payload.as_ref()).to_owned());
        let _ = outcome_tx.send(result);
    });
    outcome
}

graded::tests! {
    /// Nothing is computed until the first `get`; then the value is there,
    /// computed once.
    fn computes_nothing_before_the_first_get() {
        let runs = AtomicUsize::new(0);
        let value = OnceValue::new(|| {
            runs.fetch_add(1, Ordering::SeqCst);
            String::from("ready")
        });
        assert_eq!(
            runs.load(Ordering::SeqCst),
            0,
            "init ran in `new`: it must run on the first `get`, not before"
        );
        assert_eq!(value.get(), "ready", "the first get must return what init computed");
        assert_eq!(value.get(), "ready", "a second get must return the same value");
        assert_eq!(
            runs.load(Ordering::SeqCst),
            1,
            "init must run exactly once, however many times `get` is called"
        );
    }

    /// A `get` that comes while another thread's `init` is still running
    /// waits for that value: it does not panic, return early or run `init`
    /// itself.
    fn a_get_during_init_waits_for_its_value() {
        let (started_tx, started) = mpsc::channel();
        let (release, release_rx) = mpsc::channel();
        let value = Arc::new(OnceValue::new(gated(started_tx, release_rx)));
        let first = get_on_a_thread(&value);
        started
            .recv_timeout(WAKE)
            .expect("the first get never ran init");
        let second = get_on_a_thread(&value);
        match second.recv_timeout(SETTLE) {
            Err(_) => {}
            Ok(Ok(v)) => panic!(
                "a get returned {v:?} while init was still running on another thread: it must \
                 wait for that value"
            ),
            Ok(Err(message)) => panic!(
                "a get panicked ({message}) while init was still running on another thread: \
                 it must wait for that value, not give up because init was taken"
            ),
        }
        release.send(true).expect("init stopped listening");
        for (who, outcome) in [("the first get", first), ("the waiting get", second)] {
            match outcome.recv_timeout(WAKE) {
                Ok(Ok(v)) => assert_eq!(v, "computed", "{who} must return init's value"),
                Ok(Err(message)) => panic!("{who} panicked: {message}"),
                Err(_) => panic!(
                    "{who} did not return within {WAKE:?} after init finished: a waiting get \
                     must wake when the value is there"
                ),
            }
        }
    }

    /// Eight threads ask at once, many times over: `init` runs once per
    /// value, and every caller gets the very same value (same address).
    fn many_threads_share_one_computation() {
        for round in 0..100 {
            let runs = AtomicUsize::new(0);
            let value = OnceValue::new(|| {
                runs.fetch_add(1, Ordering::SeqCst);
                vec![1, 2, 3]
            });
            let start = Barrier::new(8);
            let addresses: Vec<usize> = thread::scope(|scope| {
                let handles: Vec<_> = (0..8)
                    .map(|_| {
                        scope.spawn(|| {
                            start.wait();
                            let v = value.get();
                            assert_eq!(*v, [1, 2, 3], "get must return init's value");
                            std::ptr::from_ref(v) as usize
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join().unwrap_or_else(|payload| {
                            panic!(
                                "round {round}: a get panicked while seven other threads asked \
                                 at the same time: {}",
                                graded::panic_message(payload.as_ref())
                            )
                        })
                    })
                    .collect()
            });
            let runs = runs.load(Ordering::SeqCst);
            assert_eq!(runs, 1, "round {round}: init ran {runs} times for one value");
            assert!(
                addresses.windows(2).all(|w| w[0] == w[1]),
                "round {round}: the callers got references to different values: every caller \
                 must get the one value computed"
            );
        }
    }

    /// A plain function works as `init` (the default type parameter).
    fn a_plain_fn_can_be_the_initializer() {
        fn answer() -> u32 {
            42
        }
        let value: OnceValue<u32> = OnceValue::new(answer);
        assert_eq!(*value.get(), 42, "get must return what the plain fn computed");
    }

    /// An `init` may read another `OnceValue` (nothing global is held while
    /// it runs).
    fn an_init_may_read_another_once_value() {
        let inner = Arc::new(OnceValue::new(|| String::from("inner")));
        let outer = {
            let inner = Arc::clone(&inner);
            Arc::new(OnceValue::new(move || format!("outer of {}", inner.get())))
        };
        let outcome = get_on_a_thread(&outer);
        match outcome.recv_timeout(WAKE) {
            Ok(Ok(v)) => assert_eq!(v, "outer of inner", "get must return init's value"),
            Ok(Err(message)) => panic!("a get whose init reads another OnceValue panicked: {message}"),
            Err(_) => panic!(
                "a get whose init reads another OnceValue never returned: it deadlocked, \
                 probably on a lock shared by every OnceValue (keep the state in each value)"
            ),
        }
    }

    /// Go's `OnceValue` panics again on every call after `f` panicked, and
    /// never calls `f` twice.
    fn a_panic_in_init_repeats_on_every_get() {
        let runs = Arc::new(AtomicUsize::new(0));
        let value = {
            let runs = Arc::clone(&runs);
            Arc::new(OnceValue::new(move || -> String {
                runs.fetch_add(1, Ordering::SeqCst);
                panic!("no config")
            }))
        };
        for call in ["the first get", "a second get", "a third get"] {
            match get_on_a_thread(&value).recv_timeout(WAKE) {
                Ok(Err(_)) => {}
                Ok(Ok(v)) => panic!("{call} returned {v:?} although init panicked"),
                Err(_) => panic!(
                    "{call} after init panicked did not return within {WAKE:?}: it waits for a \
                     value that will never come; it must panic, as Go's OnceValue does"
                ),
            }
        }
        let runs = runs.load(Ordering::SeqCst);
        assert_eq!(runs, 1, "init ran {runs} times: after it panicked, it must not run again");
    }

    /// A `get` waiting while `init` panics on another thread panics too
    /// (Go: every call panics), instead of waiting forever.
    fn a_get_waiting_while_init_panics_panics_too() {
        let (started_tx, started) = mpsc::channel();
        let (release, release_rx) = mpsc::channel();
        let value = Arc::new(OnceValue::new(gated(started_tx, release_rx)));
        let first = get_on_a_thread(&value);
        started
            .recv_timeout(WAKE)
            .expect("the first get never ran init");
        let second = get_on_a_thread(&value);
        let early = second.recv_timeout(SETTLE);
        assert!(
            !matches!(early, Ok(Ok(_))),
            "a get returned while init was still running on another thread: it must wait"
        );
        release.send(false).expect("init stopped listening");
        let outcome = first.recv_timeout(WAKE);
        assert!(
            matches!(outcome, Ok(Err(_))),
            "the get whose init panicked must panic too, got {outcome:?}"
        );
        let outcome = match early {
            Ok(outcome) => Ok(outcome),
            Err(_) => second.recv_timeout(WAKE),
        };
        match outcome {
            Ok(Err(_)) => {}
            Ok(Ok(v)) => panic!("a get returned {v:?} although init panicked"),
            Err(_) => panic!(
                "a get waiting while init panicked on another thread never returned: when \
                 init panics, the callers waiting for it must be woken, and panic"
            ),
        }
    }
}
