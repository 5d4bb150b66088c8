//! A bounded blocking queue from one `Mutex` and two `Condvar`s: Go's
//! buffered channel without `close`, or the queue Go programs build from a
//! slice and a `sync.Cond`.
//!
//! ```
//! use cond::queue::BoundedQueue;
//! let queue = BoundedQueue::new(2);
//! queue.push('a');
//! queue.push('b');
//! assert_eq!(queue.len(), 2);
//! assert_eq!(queue.pop(), 'a');
//! assert_eq!(queue.try_pop(), Some('b'));
//! assert_eq!(queue.try_pop(), None);
//! ```

use crate::sync::{Condvar, Mutex, MutexGuard};
use std::collections::VecDeque;

/// A first-in, first-out queue of at most `capacity` items: `push` waits while
/// it is full, `pop` waits while it is empty.
#[derive(Debug)]
pub struct BoundedQueue<T> {
    items: Mutex<VecDeque<T>>,
    capacity: usize,
    /// Signalled after a push: a popper may go on.
    not_empty: Condvar,
    /// Signalled after a pop: a pusher may go on.
    not_full: Condvar,
}

// ANCHOR: queue
impl<T> BoundedQueue<T> {
    /// An empty queue that holds at most `capacity` items.
    ///
    /// # Panics
    ///
    /// If `capacity` is 0 (a hand-over queue needs a different design).
    pub fn new(capacity: usize) -> Self {
        assert!(capacity > 0, "a BoundedQueue needs room for one item");
        Self {
            items: Mutex::new(VecDeque::with_capacity(capacity)),
            capacity,
            not_empty: Condvar::new(),
            not_full: Condvar::new(),
        }
    }

    /// Adds `item` at the back, waiting while the queue is full.
    pub fn push(&self, item: T) {
        let mut items = self.lock();
        // `while`, not `if`: a wake-up is a hint to look again. Another pusher
        // may have filled the slot first, and a wait may end spuriously.
        while items.len() == self.capacity {
            items = self.not_full.wait(items).unwrap();
        }
        items.push_back(item);
        drop(items);
        self.not_empty.notify_one(); // one item: one popper can use it
    }

    /// Takes the item at the front, waiting while the queue is empty.
    pub fn pop(&self) -> T {
        let mut items = self.lock();
        loop {
            if let Some(item) = items.pop_front() {
                drop(items);
                self.not_full.notify_one(); // one free slot: one pusher
                return item;
            }
            items = self.not_empty.wait(items).unwrap();
        }
    }
    // ANCHOR_END: queue

    /// Takes the item at the front if there is one, without waiting.
    pub fn try_pop(&self) -> Option<T> {
        let item = self.lock().pop_front();
        if item.is_some() {
            self.not_full.notify_one();
        }
        item
    }

    /// How many items are waiting.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether no item is waiting.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many items the queue holds at most.
    pub fn capacity(&self) -> usize {
        self.capacity
    }

    fn lock(&self) -> MutexGuard<'_, VecDeque<T>> {
        self.items.lock().unwrap()
    }
}
