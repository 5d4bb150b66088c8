//! A counter behind a lock, shared by threads: the code Go's `copylocks`
//! check (`go vet`) is about.
//!
//! In Go a struct holding a `sync.Mutex` must not be copied, and a method
//! with a value receiver (`func (c Counter) Inc()`) copies it: each call
//! locks and increments a copy, and the count stays 0. It compiles; vet
//! warns. In Rust the lock owns the value it guards (`Mutex<u64>`), a
//! `Mutex` is neither `Copy` nor `Clone`, and a method that takes `self`
//! by value moves the counter, so the second call does not compile. A
//! method that changes the count through a shared counter takes `&self`.

use std::sync::Mutex;

/// A count that many threads increment.
///
/// ```
/// let counter = lint::counter::Counter::default();
/// std::thread::scope(|s| {
///     for _ in 0..4 {
///         s.spawn(|| counter.increment());
///     }
/// });
/// assert_eq!(counter.get(), 4);
/// ```
#[derive(Debug, Default)]
pub struct Counter {
    count: Mutex<u64>,
}

// ANCHOR: counter
impl Counter {
    /// Adds one. `&self`: the threads share one counter, and the lock
    /// inside it is the one they all take.
    pub fn increment(&self) {
        // A poisoned lock means a thread panicked while counting: the count
        // itself is still a number, so keep counting.
        let mut count = self.count.lock().unwrap_or_else(|e| e.into_inner());
        *count += 1;
    }

    /// The count so far.
    pub fn get(&self) -> u64 {
        *self.count.lock().unwrap_or_else(|e| e.into_inner())
    }
}
// ANCHOR_END: counter
