//! tokio's `Notify`: a condition variable's wake-up without the mutex, for
//! async code.
//!
//! Unlike `sync.Cond.Signal` (lost when nobody waits), `notify_one` stores a
//! permit when no task is waiting, so the next `notified().await` returns at
//! once; `notify_waiters` (the `Broadcast`) wakes only the tasks already
//! waiting and stores nothing. `tests/notify.rs` checks both.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::sync::Notify;

/// A flag that async tasks can wait on: Go's `for !ready { cond.Wait() }`
/// with tokio's `Notify` instead of a `sync.Cond`.
#[derive(Debug, Default)]
pub struct Flag {
    set: AtomicBool,
    changed: Notify,
}

// ANCHOR: flag
impl Flag {
    /// A flag that is not set.
    pub fn new() -> Arc<Self> {
        Arc::default()
    }

    /// Sets the flag and wakes every task waiting for it.
    pub fn set(&self) {
        self.set.store(true, Ordering::Release);
        self.changed.notify_waiters();
    }

    /// Waits until the flag is set.
    pub async fn wait(&self) {
        loop {
            // Register interest *before* looking at the flag: a `set` between
            // the check and the await would otherwise be missed.
            let notified = self.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.set.load(Ordering::Acquire) {
                return;
            }
            notified.await;
        }
    }
}
// ANCHOR_END: flag
