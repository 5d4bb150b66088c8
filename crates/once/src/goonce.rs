//! Go's `sync.Once`, built by hand: an atomic flag for the fast path and a
//! mutex for the slow one, with Go's semantics when the function panics.
//!
//! Go's `Once.Do` is (Go 1.19, `sync/once.go`) a `done` flag read with
//! `atomic.LoadUint32` and, only while it is unset, a mutex around a second
//! check and the call; `defer atomic.StoreUint32(&o.done, 1)` (in later Go,
//! where `done` is an `atomic.Uint32`, `o.done.Store(1)`) marks it done, after
//! `f` returns and with the mutex still held, *even if `f` panics*. This port
//! keeps that: after a panic the `Once` is done and never runs a function again
//! (std's [`std::sync::Once`] instead poisons itself; see the crate docs).
//!
//! ```
//! use once::goonce::Once;
//! let once = Once::new();
//! let mut runs = 0;
//! once.call_once(|| runs += 1);
//! once.call_once(|| runs += 1);
//! assert_eq!(runs, 1);
//! assert!(once.is_done());
//! ```

use crate::sync::{AtomicBool, Mutex, Ordering};
use std::sync::PoisonError;

/// Runs one function, once, whoever calls and however many times: Go's
/// `sync.Once`.
#[derive(Debug, Default)]
pub struct Once {
    done: AtomicBool,
    slow: Mutex<()>,
}

// ANCHOR: once
impl Once {
    /// A `Once` that has not run anything yet.
    pub fn new() -> Self {
        Self {
            done: AtomicBool::new(false),
            slow: Mutex::new(()),
        }
    }

    /// Runs `f` if no call on this `Once` has run a function yet; otherwise
    /// returns at once. When it returns, the function has run (here or on
    /// another thread) and everything it wrote is visible to the caller.
    ///
    /// If `f` panics, the panic reaches the caller and the `Once` is done
    /// all the same, as in Go.
    pub fn call_once(&self, f: impl FnOnce()) {
        // Fast path: Acquire pairs with the Release store in `MarkDone`, so a
        // caller that sees `done` also sees every write `f` made.
        if self.done.load(Ordering::Acquire) {
            return;
        }
        self.call_slow(f);
    }

    #[cold]
    fn call_slow(&self, f: impl FnOnce()) {
        // A panicking `f` poisons the std mutex; the `()` it guards cannot be
        // left half-updated, so a poisoned lock is as good as any.
        let _locked = self.slow.lock().unwrap_or_else(PoisonError::into_inner);
        // Under the lock: whoever set `done` did so holding this lock, so the
        // lock already orders us after it.
        if self.done.load(Ordering::Relaxed) {
            return;
        }
        // Go's `defer atomic.StoreUint32(&o.done, 1)`: dropped when `f` returns *or unwinds*,
        // and before `_locked`, so `done` is set while the lock is held.
        let _mark = MarkDone(&self.done);
        f();
    }

    /// Whether a function has run (or panicked) on this `Once`.
    pub fn is_done(&self) -> bool {
        self.done.load(Ordering::Acquire)
    }
}

struct MarkDone<'a>(&'a AtomicBool);

impl Drop for MarkDone<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Release);
    }
}
// ANCHOR_END: once
