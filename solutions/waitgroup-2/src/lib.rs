//! `try_for_each`: Go's errgroup for threads, with `std::thread::scope`.
//!
//! One scoped thread per item, the first error wins and tells the others to
//! stop, and nothing returns until every thread has ended. Scoped threads may
//! borrow the caller's data (the items, and whatever the closure captures),
//! because the scope joins them all before it returns: the WaitGroup is built
//! into the borrow checker's view of the code.
//!
//! Threads cannot be aborted the way tasks can, so cancellation here is a
//! flag each thread must look at: Go's `ctx.Done()`.
//!
//! Run the tests with `cargo test -p waitgroup-2`; ask for a hint with
//! `cargo course hint waitgroup-2`.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

/// The cancellation flag a worker looks at: set once some item failed.
#[derive(Debug, Default)]
pub struct Cancel {
    cancelled: AtomicBool,
}

impl Cancel {
    /// Whether another item has failed and this one should stop early.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Acquire)
    }
}

/// Runs `work(item, cancel)` for every item, each on a scoped thread of its
/// own, all at the same time.
///
/// Returns `Ok(())` if every call succeeded, or else the first error to
/// happen; as soon as one happens, `cancel.is_cancelled()` is true for every
/// call. Returns only once every thread has ended, whatever happened.
///
/// # Panics
///
/// If a call panics (the scope resumes the panic once every thread ended).
pub fn try_for_each<T, E, W>(items: &[T], work: W) -> Result<(), E>
where
    T: Sync,
    E: Send,
    W: Fn(&T, &Cancel) -> Result<(), E> + Sync,
{
    let cancel = Cancel::default();
    let first_error: Mutex<Option<E>> = Mutex::new(None);
    thread::scope(|s| {
        for item in items {
            let (cancel, first_error, work) = (&cancel, &first_error, &work);
            s.spawn(move || {
                if let Err(err) = work(item, cancel) {
                    let mut first = first_error.lock().unwrap_or_else(|p| p.into_inner());
                    if first.is_none() {
                        *first = Some(err);
                        cancel.cancelled.store(true, Ordering::Release);
                    }
                }
            });
        }
    });
    match first_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        Some(err) => Err(err),
        None => Ok(()),
    }
}
