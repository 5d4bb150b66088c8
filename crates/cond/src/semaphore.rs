//! A counting semaphore from a `Mutex<usize>` and a `Condvar`: Go's
//! buffered-channel semaphore (`sem := make(chan struct{}, n)`), with the
//! permit given back when its guard is dropped.
//!
//! ```
//! use cond::semaphore::Semaphore;
//! let sem = Semaphore::new(1);
//! let permit = sem.acquire();
//! assert!(sem.try_acquire().is_none()); // the only permit is taken
//! drop(permit);
//! assert!(sem.try_acquire().is_some());
//! ```

use crate::sync::{Condvar, Mutex};

/// Hands out at most `permits` permits at a time.
#[derive(Debug)]
pub struct Semaphore {
    available: Mutex<usize>,
    released: Condvar,
}

/// A permit: dropping it gives it back to its [`Semaphore`].
#[derive(Debug)]
#[must_use = "the permit is given back as soon as it is dropped"]
pub struct Permit<'a> {
    semaphore: &'a Semaphore,
}

// ANCHOR: semaphore
impl Semaphore {
    /// A semaphore with `permits` permits.
    pub fn new(permits: usize) -> Self {
        Self {
            available: Mutex::new(permits),
            released: Condvar::new(),
        }
    }

    /// Takes a permit, waiting while there is none.
    pub fn acquire(&self) -> Permit<'_> {
        let mut available = self.available.lock().unwrap();
        while *available == 0 {
            available = self.released.wait(available).unwrap();
        }
        *available -= 1;
        Permit { semaphore: self }
    }

    /// Takes a permit if one is free, without waiting.
    pub fn try_acquire(&self) -> Option<Permit<'_>> {
        let mut available = self.available.lock().unwrap();
        let free = available.checked_sub(1)?;
        *available = free;
        Some(Permit { semaphore: self })
    }

    /// How many permits are free now.
    pub fn available(&self) -> usize {
        *self.available.lock().unwrap()
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        *self.semaphore.available.lock().unwrap() += 1;
        self.semaphore.released.notify_one(); // one permit: one waiter
    }
}
// ANCHOR_END: semaphore
