//! Go's `sync.Once`, built by hand: an atomic flag for the fast path, a mutex
//! for the slow one, and Go's semantics when the function panics (the `Once`
//! is done all the same).

// TODO: build Go's Once. `call_once` runs `f` only if no function ran on this
// Once before; every caller returns only after the function has run, and sees
// what it wrote. Check a `done` flag first (which memory ordering publishes the
// function's writes?), and take the lock only when it is not set. If `f`
// panics, the Once must be done anyway, as in Go (`defer o.done.Store(1)`).

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

#[allow(unused_imports)]
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
        todo!("the fast path, then the lock, a second check and the call")
    }

    /// Whether a function has run (or panicked) on this `Once`.
    pub fn is_done(&self) -> bool {
        todo!()
    }
}

impl Default for Once {
    fn default() -> Self {
        Self::new()
    }
}
