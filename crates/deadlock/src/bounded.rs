//! Bounded waits: `try_lock` with a deadline, and channel receives with a
//! timeout. A wait that can fail can report a likely deadlock; a wait that
//! cannot fail just hangs.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Mutex, MutexGuard, TryLockError};
use std::thread;
use std::time::{Duration, Instant};

/// Why a bounded wait gave up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WaitError {
    /// The time limit passed: probably a deadlock (or a very slow holder).
    TimedOut,
    /// The other side is gone: no value can ever come.
    Disconnected,
}

// ANCHOR: try_lock_for
/// Tries to lock `mutex` until `limit` has passed; `None` if it never got it.
///
/// `std::sync::Mutex` has no timed lock (parking_lot's has `try_lock_for`),
/// so this polls `try_lock`, yielding between tries. That is fine for a
/// deadlock guard in a test or a rare path; a hot path wants a real timed
/// lock.
pub fn try_lock_for<T>(mutex: &Mutex<T>, limit: Duration) -> Option<MutexGuard<'_, T>> {
    let deadline = Instant::now() + limit;
    loop {
        match mutex.try_lock() {
            Ok(guard) => return Some(guard),
            Err(TryLockError::Poisoned(poisoned)) => return Some(poisoned.into_inner()),
            Err(TryLockError::WouldBlock) if Instant::now() >= deadline => return None,
            Err(TryLockError::WouldBlock) => thread::yield_now(),
        }
    }
}
// ANCHOR_END: try_lock_for

/// Receives one value, waiting at most `limit`.
///
/// Go's `select { case v := <-ch: ...; case <-time.After(limit): ... }`.
pub fn recv_within<T>(rx: &Receiver<T>, limit: Duration) -> Result<T, WaitError> {
    rx.recv_timeout(limit).map_err(|err| match err {
        RecvTimeoutError::Timeout => WaitError::TimedOut,
        RecvTimeoutError::Disconnected => WaitError::Disconnected,
    })
}
