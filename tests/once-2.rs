//! Graded tests for once-2: Go's `sync.Once`, built by hand. Without loom:
//! behaviour and stress tests. With `--cfg loom`: models that check every
//! interleaving of two callers.

#[cfg(not(loom))]
mod stress {
    use once_2::Once;
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::mpsc;
    use std::sync::{Arc, Barrier};
    use std::thread;
    use std::time::Duration;

    /// How long a caller may take to return once the function has finished,
    /// at most: one still blocked after this long waits for nothing.
    const WAKE: Duration = Duration::from_secs(1);

    /// How long a second caller is given to reach the lock (and is watched to
    /// show that it has not returned yet).
    const SETTLE: Duration = Duration::from_millis(50);

    /// Starts a thread that calls `once.call_once` with a function that
    /// records in `second_ran` that it ran; the channel gets `Ok(())` when
    /// `call_once` returns, or the panic's message.
    fn second_caller(
        once: &Arc<Once>,
        second_ran: &Arc<AtomicBool>,
    ) -> (thread::JoinHandle<()>, mpsc::Receiver<Result<(), String>>) {
        let (returned_tx, returned) = mpsc::channel();
        let (once, second_ran) = (Arc::clone(once), Arc::clone(second_ran));
        let handle = thread::spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                once.call_once(|| second_ran.store(true, Ordering::SeqCst));
            }))
            .map_err(|payload| graded::panic_message(payload.as_ref()).to_owned());
            let _ = returned_tx.send(outcome);
        });
        (handle, returned)
    }

    /// Starts a thread whose `call_once` runs a function that says it
    /// started, waits to be released, stores 7 in `value` and then returns
    /// (or panics, if released with `false`).
    fn first_caller(
        once: &Arc<Once>,
        value: &Arc<AtomicUsize>,
    ) -> (thread::JoinHandle<bool>, mpsc::Sender<bool>) {
        let (started_tx, started) = mpsc::channel();
        let (release, release_rx) = mpsc::channel::<bool>();
        let (once, value) = (Arc::clone(once), Arc::clone(value));
        let handle = thread::spawn(move || {
            catch_unwind(AssertUnwindSafe(|| {
                once.call_once(|| {
                    started_tx.send(()).expect("the test stopped listening");
                    let ok = release_rx
                        .recv_timeout(Duration::from_secs(2))
                        .expect("the test never released the function");
                    value.store(7, Ordering::SeqCst);
                    assert!(ok, "the function panics on purpose");
                });
            }))
            .is_ok()
        });
        started
            .recv_timeout(WAKE)
            .expect("the first call_once never ran its function");
        (handle, release)
    }

    graded::tests! {
        loom_models;

        /// One caller: the function runs, the `Once` is done, and a second
        /// function never runs.
        fn runs_the_first_function_only() {
            let once = Once::new();
            assert!(!once.is_done(), "a new Once must not be done");
            let mut runs = Vec::new();
            once.call_once(|| runs.push("first"));
            once.call_once(|| runs.push("second"));
            assert_eq!(runs, ["first"], "only the first function may run on a Once");
            assert!(once.is_done(), "after call_once returned, the Once must be done");
        }

        /// Eight threads race on a fresh `Once`, 300 times: one run each time,
        /// and every caller sees its write when `call_once` returns.
        fn racing_threads_run_it_once_and_see_its_write() {
            for round in 0..300 {
                let once = Once::new();
                let runs = AtomicUsize::new(0);
                let value = AtomicUsize::new(0);
                let start = Barrier::new(8);
                thread::scope(|scope| {
                    for _ in 0..8 {
                        scope.spawn(|| {
                            start.wait();
                            once.call_once(|| {
                                runs.fetch_add(1, Ordering::Relaxed);
                                value.store(7, Ordering::Relaxed);
                            });
                            assert_eq!(
                                value.load(Ordering::Relaxed),
                                7,
                                "round {round}: call_once returned before the function's write \
                                 was visible (or before the function ran)"
                            );
                        });
                    }
                });
                let runs = runs.load(Ordering::Relaxed);
                assert_eq!(
                    runs, 1,
                    "round {round}: eight racing callers ran the function {runs} times: after \
                     taking the lock, call_once must check `done` again"
                );
            }
        }

        /// Go's semantics: a panicking function still marks the `Once` done,
        /// the panic reaches the caller, and the next call runs nothing (nor
        /// blocks on a lock left held).
        fn a_panic_marks_it_done_like_go() {
            let once = Once::new();
            let first = catch_unwind(AssertUnwindSafe(|| once.call_once(|| panic!("boom"))));
            assert!(first.is_err(), "the panic in the function must reach the caller");
            assert!(
                once.is_done(),
                "after the function panicked the Once must be done, as in Go (set `done` in a \
                 drop guard)"
            );
            let mut ran = false;
            once.call_once(|| ran = true);
            assert!(!ran, "a function ran on a Once whose first function panicked");
        }

        /// A caller that comes while the function runs waits until it has
        /// finished (Go: "no call to Do returns until the one call to f
        /// returns"), sees its write, and runs nothing itself.
        fn a_second_caller_waits_for_the_running_function() {
            let once = Arc::new(Once::new());
            let value = Arc::new(AtomicUsize::new(0));
            let second_ran = Arc::new(AtomicBool::new(false));
            let (first, release) = first_caller(&once, &value);
            let (second, returned) = second_caller(&once, &second_ran);
            match returned.recv_timeout(SETTLE) {
                Err(_) => {}
                Ok(outcome) => panic!(
                    "a second call_once returned ({outcome:?}) while the first one's function \
                     was still running: it must wait for it (mark the Once done only after the \
                     function has run, and make callers that find it not done take the lock)"
                ),
            }
            assert!(
                !once.is_done(),
                "is_done said true while the function was still running"
            );
            release.send(true).expect("the function stopped listening");
            let outcome = returned.recv_timeout(WAKE);
            assert!(
                matches!(outcome, Ok(Ok(()))),
                "the second call_once did not return normally after the function finished: \
                 {outcome:?}"
            );
            assert_eq!(
                value.load(Ordering::SeqCst),
                7,
                "the second caller returned without seeing the function's write"
            );
            assert!(
                !second_ran.load(Ordering::SeqCst),
                "the second caller's function ran too: after taking the lock, call_once must \
                 check `done` again"
            );
            assert!(first.join().expect("the first caller panicked"), "the function panicked");
            second.join().expect("the second caller panicked");
            assert!(once.is_done(), "after the function ran, the Once must be done");
        }

        /// Go's semantics under a race: a caller waiting while the function
        /// panics returns normally afterwards, without running its own
        /// function (nor panicking on the lock the panic poisoned).
        fn a_caller_waiting_while_the_function_panics_returns_like_go() {
            let once = Arc::new(Once::new());
            let value = Arc::new(AtomicUsize::new(0));
            let second_ran = Arc::new(AtomicBool::new(false));
            let (first, release) = first_caller(&once, &value);
            let (second, returned) = second_caller(&once, &second_ran);
            assert!(
                returned.recv_timeout(SETTLE).is_err(),
                "a second call_once returned while the first one's function was still running"
            );
            release.send(false).expect("the function stopped listening");
            assert!(
                !first.join().expect("the first caller's thread failed"),
                "the panic in the function must reach its caller"
            );
            match returned.recv_timeout(WAKE) {
                Ok(Ok(())) => {}
                Ok(Err(message)) => panic!(
                    "a caller waiting on the lock while the function panicked panicked too \
                     ({message}): the panic poisoned the Mutex; take the guard anyway \
                     (`unwrap_or_else(PoisonError::into_inner)`), the Once is done"
                ),
                Err(_) => panic!(
                    "a caller waiting on the lock never returned after the function panicked"
                ),
            }
            second.join().expect("the second caller's thread failed");
            assert!(
                !second_ran.load(Ordering::SeqCst),
                "the waiting caller ran its function after the first one panicked: in Go the \
                 Once is done even when f panics (set `done` in a drop guard)"
            );
            assert!(once.is_done(), "after a panicking function, the Once must be done");
        }
    }
}

#[cfg(loom)]
mod models {
    use loom::sync::Arc;
    use loom::sync::atomic::{AtomicUsize, Ordering};
    use loom::thread;
    use once_2::Once;

    fn check(model: impl Fn() + Sync + Send + 'static) {
        let mut builder = loom::model::Builder::new();
        builder.preemption_bound = Some(3);
        builder.check(model);
    }

    graded::tests! {
        /// Every interleaving of two callers: one run, and each caller reads
        /// the value the run stored with `Relaxed` (so only the `Once`'s own
        /// Acquire/Release can publish it).
        fn loom_two_callers_one_run_and_both_see_its_write() {
            check(|| {
                let once = Arc::new(Once::new());
                let runs = Arc::new(AtomicUsize::new(0));
                let value = Arc::new(AtomicUsize::new(0));
                let caller = {
                    let (once, runs, value) = (once.clone(), runs.clone(), value.clone());
                    move || {
                        once.call_once(|| {
                            runs.fetch_add(1, Ordering::Relaxed);
                            value.store(7, Ordering::Relaxed);
                        });
                        assert_eq!(
                            value.load(Ordering::Relaxed),
                            7,
                            "call_once returned but the function's write is not visible: the \
                             fast path must load `done` with Acquire, paired with a Release \
                             store of `done` after the function ran"
                        );
                    }
                };
                let other = thread::spawn(caller.clone());
                caller();
                other.join().expect("the other caller panicked");
                let runs = runs.load(Ordering::Relaxed);
                assert_eq!(
                    runs, 1,
                    "two callers ran the function {runs} times: `done` must be set before the \
                     lock is released, and checked again after taking it"
                );
                assert!(once.is_done(), "after both calls returned, the Once must be done");
            });
        }

        /// Every interleaving of `is_done` against a running call: once it
        /// says done, the function's write is visible.
        fn loom_is_done_publishes_the_write() {
            check(|| {
                let once = Arc::new(Once::new());
                let value = Arc::new(AtomicUsize::new(0));
                let runner = {
                    let (once, value) = (once.clone(), value.clone());
                    thread::spawn(move || once.call_once(|| value.store(7, Ordering::Relaxed)))
                };
                if once.is_done() {
                    assert_eq!(
                        value.load(Ordering::Relaxed),
                        7,
                        "is_done said true but the function's write is not visible: is_done \
                         must load with Acquire, and `done` be stored with Release after the \
                         function ran"
                    );
                }
                runner.join().expect("the running caller panicked");
                assert!(once.is_done(), "after call_once returned, the Once must be done");
            });
        }
    }
}
