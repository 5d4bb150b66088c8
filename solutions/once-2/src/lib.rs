//! Go's `sync.Once`, built by hand: an atomic flag for the fast path, a mutex
//! for the slow one, and Go's semantics when the function panics (the `Once`
//! is done all the same).

/// The primitives to build with: std's normally, loom's under
/// `RUSTFLAGS="--cfg loom"` (so that the graded loom models can check every
/// interleaving). Import from here, never from `std::sync` directly.
mod sync {
    #[cfg(loom)]
    pub(crate) use loom::sync::Mutex;
    #[cfg(loom)]
    pub(crate) use loom::sync::atomic::{AtomicBool, Ordering};

    #[cfg(not(loom))]
    pub(crate) use std::sync::Mutex;
    #[cfg(not(loom))]
    pub(crate) use std::sync::atomic::{AtomicBool, Ordering};
}

use std::sync::PoisonError;
use sync::{AtomicBool, Mutex, Ordering};

/// Runs one function, once: Go's `sync.Once`.
#[derive(Debug)]
pub struct Once {
    done: AtomicBool,
    slow: Mutex<()>,
}

impl Once {
    /// A `Once` that has not run anything yet.
    pub fn new() -> Self {
        Self {
            done: AtomicBool::new(false),
            slow: Mutex::new(()),
        }
    }

    /// Runs `f` unless a function already ran on this `Once`; when it
    /// returns, the function has run and its writes are visible here. If `f`
    /// panics, the panic reaches the caller and the `Once` is done.
    pub fn call_once<F: FnOnce()>(&self, f: F) {
        // Acquire pairs with the Release store in `MarkDone`.
        if self.done.load(Ordering::Acquire) {
            return;
        }
        let _locked = self.slow.lock().unwrap_or_else(PoisonError::into_inner);
        if self.done.load(Ordering::Relaxed) {
            return; // the lock orders us after whoever set it
        }
        /// Go's `defer o.done.Store(1)`: sets `done` when dropped, even
        /// while `f` unwinds, and before `_locked` is released.
        struct MarkDone<'a>(&'a AtomicBool);
        impl Drop for MarkDone<'_> {
            fn drop(&mut self) {
                self.0.store(true, Ordering::Release);
            }
        }
        let _mark = MarkDone(&self.done);
        f();
    }

    /// Whether a function has run (or panicked) on this `Once`.
    pub fn is_done(&self) -> bool {
        self.done.load(Ordering::Acquire)
    }
}

impl Default for Once {
    fn default() -> Self {
        Self::new()
    }
}
