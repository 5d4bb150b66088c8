//! What a panicking initializer leaves behind, for each kind of once: the
//! table in the crate docs, checked row by row.
#![cfg(not(loom))]

use once::goonce;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, Once, OnceLock};

graded::tests! {
    /// Go's semantics, kept by the hand-built `Once`: the panic reaches the
    /// caller, the `Once` is done, and the next call runs nothing.
    fn go_once_is_done_after_a_panic_and_never_runs_again() {
        let once = goonce::Once::new();
        let runs = AtomicUsize::new(0);
        let first = catch_unwind(AssertUnwindSafe(|| {
            once.call_once(|| {
                runs.fetch_add(1, Ordering::Relaxed);
                panic!("config file missing");
            });
        }));
        assert!(first.is_err(), "the panic must reach the caller");
        assert!(once.is_done());
        once.call_once(|| {
            runs.fetch_add(1, Ordering::Relaxed);
        });
        assert_eq!(runs.load(Ordering::Relaxed), 1);
    }

    // ANCHOR: std_once
    /// `std::sync::Once` is poisoned by a panic: `call_once` then panics
    /// without running its closure, and only `call_once_force` runs again,
    /// told that the state is poisoned.
    fn std_once_is_poisoned_by_a_panic() {
        let once = Once::new();
        let _ = catch_unwind(|| once.call_once(|| panic!("config file missing")));
        assert!(!once.is_completed());

        let mut ran = false;
        let again = catch_unwind(AssertUnwindSafe(|| once.call_once(|| ran = true)));
        assert!(again.is_err(), "a poisoned Once panics");
        assert!(!ran);

        let mut saw_poison = false;
        once.call_once_force(|state| saw_poison = state.is_poisoned());
        assert!(saw_poison && once.is_completed());
    }
    // ANCHOR_END: std_once

    // ANCHOR: once_lock
    /// `OnceLock` stays empty after a panic, and the next `get_or_init` runs
    /// its initializer again.
    fn once_lock_retries_after_a_panic() {
        let cell: OnceLock<String> = OnceLock::new();
        let first = catch_unwind(|| cell.get_or_init(|| panic!("config file missing")).clone());
        assert!(first.is_err());
        assert_eq!(cell.get(), None);
        assert_eq!(cell.get_or_init(|| "from the retry".to_owned()), "from the retry");
    }
    // ANCHOR_END: once_lock

    // ANCHOR: lazy_lock
    /// `LazyLock` is poisoned by a panic: every later access panics and the
    /// initializer does not run again.
    fn lazy_lock_is_poisoned_by_a_panic() {
        static RUNS: AtomicUsize = AtomicUsize::new(0);
        let lazy: LazyLock<String> = LazyLock::new(|| {
            RUNS.fetch_add(1, Ordering::Relaxed);
            panic!("config file missing")
        });
        assert!(catch_unwind(AssertUnwindSafe(|| lazy.len())).is_err());
        assert!(catch_unwind(AssertUnwindSafe(|| lazy.len())).is_err());
        assert_eq!(RUNS.load(Ordering::Relaxed), 1);
    }
    // ANCHOR_END: lazy_lock
}
