//! Loom models of the hand-built `Once`, and of a seeded bug loom must catch.
//!
//! ```console
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom \
//!     cargo test -p once --profile loom --test loom_once
//! ```
#![cfg(loom)]

use loom::sync::Arc;
use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::thread;
use once::goonce::Once;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Runs `model` under loom with a small preemption bound, so that each model
/// takes well under a second.
fn check(model: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(3);
    }
    builder.check(model);
}

/// What both models need of a once: run `f` at most once, and publish what
/// it wrote to every caller.
trait CallOnce: Send + Sync + 'static {
    fn call_once(&self, f: impl FnOnce());
}

impl CallOnce for Once {
    fn call_once(&self, f: impl FnOnce()) {
        Once::call_once(self, f);
    }
}

/// Two threads race on one `Once`: the function runs once, and each caller,
/// once `call_once` returns, reads the value the function stored (a
/// `Relaxed` store, so only the `Once`'s own ordering can publish it).
fn two_callers_see_one_run<O: CallOnce>(once: O) {
    let once = Arc::new(once);
    let runs = Arc::new(AtomicUsize::new(0));
    let value = Arc::new(AtomicUsize::new(0));
    let caller = {
        let (once, runs, value) = (once.clone(), runs.clone(), value.clone());
        move || {
            once.call_once(|| {
                runs.fetch_add(1, Ordering::Relaxed);
                value.store(42, Ordering::Relaxed);
            });
            assert_eq!(
                value.load(Ordering::Relaxed),
                42,
                "the run's write is not visible"
            );
        }
    };
    let other = thread::spawn(caller.clone());
    caller();
    other.join().unwrap();
    assert_eq!(runs.load(Ordering::Relaxed), 1);
}

// ANCHOR: model
#[test]
fn the_function_runs_once_and_its_writes_are_visible() {
    check(|| two_callers_see_one_run(Once::new()));
}
// ANCHOR_END: model

// ANCHOR: seeded_bug
/// The seeded bug: a `Once` whose fast path loads `done` with `Relaxed`.
/// A caller can then see `done` and return before the run's writes reach it.
struct RelaxedFastPath {
    done: AtomicBool,
    slow: loom::sync::Mutex<()>,
}

impl CallOnce for RelaxedFastPath {
    fn call_once(&self, f: impl FnOnce()) {
        if self.done.load(Ordering::Relaxed) {
            return; // BUG: nothing orders this caller after the run
        }
        let _locked = self.slow.lock().unwrap();
        if !self.done.load(Ordering::Relaxed) {
            f();
            self.done.store(true, Ordering::Release);
        }
    }
}

#[test]
fn loom_catches_a_relaxed_fast_path() {
    let caught = catch_unwind(AssertUnwindSafe(|| {
        check(|| {
            two_callers_see_one_run(RelaxedFastPath {
                done: AtomicBool::new(false),
                slow: loom::sync::Mutex::new(()),
            })
        })
    }));
    assert!(
        caught.is_err(),
        "loom should find the interleaving that reads 0"
    );
}
// ANCHOR_END: seeded_bug
