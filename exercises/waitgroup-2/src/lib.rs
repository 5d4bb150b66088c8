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

use std::sync::atomic::AtomicBool;

/// The cancellation flag a worker looks at: set once some item failed.
#[derive(Debug, Default)]
pub struct Cancel {
    cancelled: AtomicBool,
}

impl Cancel {
    /// Whether another item has failed and this one should stop early.
    pub fn is_cancelled(&self) -> bool {
        // TODO: read the flag (an Acquire load pairs with the Release store
        // that sets it).
        todo!()
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
    // TODO: make one `Cancel` and a `Mutex<Option<E>>` for the first error.
    // In `std::thread::scope`, spawn one thread per item that calls `work`;
    // on `Err`, keep it if it is the first and set the cancel flag. After the
    // scope, return the error if there was one.
    todo!()
}
