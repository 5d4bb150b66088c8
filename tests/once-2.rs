//! Graded tests for once-2: Go's `sync.Once`, built by hand. Without loom:
//! behaviour and stress tests. With `--cfg loom`: models that check every
//! interleaving of two callers.

#[cfg(not(loom))]
mod stress {
    use once_2::Once;
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::sync::Barrier;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::thread;

    graded::tests! {
        /// One caller: the function runs, the `Once` is done, and a second
        /// function never runs.
        fn runs_the_first_function_only() {
            let once = Once::new();
            assert!(!once.is_done());
            let mut runs = Vec::new();
            once.call_once(|| runs.push("first"));
            once.call_once(|| runs.push("second"));
            assert_eq!(runs, ["first"]);
            assert!(once.is_done());
        }

        /// Eight threads race on a fresh `Once`, 300 times: one run each time,
        /// and every caller sees its write when `call_once` returns.
        fn racing_threads_run_it_once_and_see_its_write() {
            for _ in 0..300 {
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
                            assert_eq!(value.load(Ordering::Relaxed), 7);
                        });
                    }
                });
                assert_eq!(runs.load(Ordering::Relaxed), 1);
            }
        }

        /// Go's semantics: a panicking function still marks the `Once` done,
        /// the panic reaches the caller, and the next call runs nothing (nor
        /// blocks on a lock left held).
        fn a_panic_marks_it_done_like_go() {
            let once = Once::new();
            let first = catch_unwind(AssertUnwindSafe(|| once.call_once(|| panic!("boom"))));
            assert!(first.is_err());
            assert!(once.is_done());
            let mut ran = false;
            once.call_once(|| ran = true);
            assert!(!ran);
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
                        assert_eq!(value.load(Ordering::Relaxed), 7, "the write is not visible");
                    }
                };
                let other = thread::spawn(caller.clone());
                caller();
                other.join().unwrap();
                assert_eq!(runs.load(Ordering::Relaxed), 1);
                assert!(once.is_done());
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
                    assert_eq!(value.load(Ordering::Relaxed), 7);
                }
                runner.join().unwrap();
                assert!(once.is_done());
            });
        }
    }
}
