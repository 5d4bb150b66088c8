//! Go's `sync.WaitGroup` from a `Mutex<usize>` and a `Condvar`.

use std::sync::{Condvar, Mutex};

/// Waits for a count of tasks to reach zero: `add` before starting each,
/// `done` when each ends, `wait` for all.
#[derive(Debug, Default)]
pub struct WaitGroup {
    count: Mutex<usize>,
    zero: Condvar,
}

impl WaitGroup {
    /// A group with a count of zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `n` to the count (Go's `wg.Add(n)`).
    pub fn add(&self, n: usize) {
        *self.count.lock().unwrap() += n;
    }

    /// Takes one from the count and wakes every waiter when it reaches zero.
    ///
    /// # Panics
    ///
    /// If the count is already zero (Go: "sync: negative WaitGroup counter").
    pub fn done(&self) {
        let mut count = self.count.lock().unwrap();
        *count = count.checked_sub(1).expect("negative WaitGroup counter");
        if *count == 0 {
            self.zero.notify_all();
        }
    }

    /// Waits until the count is zero; returns at once if it is.
    pub fn wait(&self) {
        let _zero = self
            .zero
            .wait_while(self.count.lock().unwrap(), |n| *n > 0)
            .unwrap();
    }

    /// The count now.
    pub fn count(&self) -> usize {
        *self.count.lock().unwrap()
    }
}
