//! Go's `sync.WaitGroup` from a `Mutex<usize>` and a `Condvar`.
//!
//! ```
//! use cond::waitgroup::WaitGroup;
//! use std::thread;
//! let wg = WaitGroup::new();
//! thread::scope(|s| {
//!     for _ in 0..3 {
//!         wg.add(1);
//!         s.spawn(|| wg.done());
//!     }
//!     wg.wait(); // returns once all three called done
//! });
//! ```

use crate::sync::{Condvar, Mutex};

/// Waits for a count of tasks to reach zero.
#[derive(Debug, Default)]
pub struct WaitGroup {
    count: Mutex<usize>,
    zero: Condvar,
}

// ANCHOR: waitgroup
impl WaitGroup {
    /// A group with a count of zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `n` to the count (Go's `wg.Add(n)` with `n > 0`).
    pub fn add(&self, n: usize) {
        *self.count.lock().unwrap() += n;
    }

    /// Takes one from the count, waking the waiters when it reaches zero.
    ///
    /// # Panics
    ///
    /// If the count is already zero: Go's "sync: negative WaitGroup counter".
    pub fn done(&self) {
        let mut count = self.count.lock().unwrap();
        *count = count
            .checked_sub(1)
            .expect("negative WaitGroup counter: done() without add()");
        if *count == 0 {
            self.zero.notify_all();
        }
    }

    /// Waits until the count is zero.
    pub fn wait(&self) {
        let mut count = self.count.lock().unwrap();
        while *count > 0 {
            count = self.zero.wait(count).unwrap();
        }
    }
}
// ANCHOR_END: waitgroup
