//! Go's `sync.WaitGroup` from a `Mutex<usize>` and a `Condvar`.

use std::sync::{Condvar, Mutex};

/// Waits for a count of tasks to reach zero: `add` before starting each,
/// `done` when each ends, `wait` for all.
#[derive(Debug, Default)]
pub struct WaitGroup {
    count: Mutex<usize>,
    zero: Condvar,
}

// TODO: write the four methods. `done` takes one from the count and, at
// zero, wakes *every* waiter (several threads may wait); it panics on a count
// of zero, as Go does. `wait` waits while the count is above zero
// (`Condvar::wait_while`).

impl WaitGroup {
    /// A group with a count of zero.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `n` to the count (Go's `wg.Add(n)`).
    pub fn add(&self, n: usize) {
        todo!()
    }

    /// Takes one from the count and wakes every waiter when it reaches zero.
    ///
    /// # Panics
    ///
    /// If the count is already zero (Go: "sync: negative WaitGroup counter").
    pub fn done(&self) {
        todo!()
    }

    /// Waits until the count is zero; returns at once if it is.
    pub fn wait(&self) {
        todo!()
    }

    /// The count now.
    pub fn count(&self) -> usize {
        todo!()
    }
}
