//! What goes wrong with channels, and the fixes.
//!
//! - **Unbounded growth.** Go has no unbounded channel: `make(chan T)` is a
//!   rendezvous and `make(chan T, n)` holds `n`. Rust's `mpsc::channel()`
//!   looks like the former but is unbounded: a producer faster than its
//!   consumer is never slowed down, and the backlog grows until memory runs
//!   out. See [`unbounded_never_pushes_back`] and [`bounded_pushes_back`].
//! - **A `std::sync::MutexGuard` held across `.await`.** The future is then
//!   not `Send`, so `tokio::spawn` rejects it; and where it is accepted (a
//!   future that is not spawned), another task on the same thread that wants
//!   the lock blocks the thread, and with it the task that holds the lock.
//!   See [`log_then_forward`]; the version that does not compile is below.
//! - **The blocked sender that leaks** is shown by the example pair
//!   `go/channels_leak` and `examples/channels_leak.rs`.
//!
//! This does not compile, and is checked not to:
//!
#![doc = "```compile_fail,E0277"]
#![doc = include_str!("../compile_fail/guard_across_await.rs")]
#![doc = "```"]

use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use tokio::sync::mpsc::error::SendError;

/// Sends `count` values on std's `mpsc::channel()` before anyone receives,
/// and returns how many were queued: all of them, held in memory at once.
///
/// ```
/// assert_eq!(channels::pitfalls::unbounded_never_pushes_back(10_000), 10_000);
/// ```
// ANCHOR: unbounded
pub fn unbounded_never_pushes_back(count: u64) -> usize {
    let (tx, rx) = mpsc::channel(); // unbounded: not Go's make(chan T)!
    for i in 0..count {
        tx.send(i).unwrap(); // never waits, however far behind the receiver is
    }
    drop(tx);
    rx.iter().count() // every value sent was queued in memory
}
// ANCHOR_END: unbounded

/// Offers `count` values to a `sync_channel(capacity)` before anyone
/// receives, and returns how many it took: `capacity`, then it pushes back
/// (`try_send` reports `Full`; a `send` would wait for the receiver).
///
/// ```
/// assert_eq!(channels::pitfalls::bounded_pushes_back(10_000, 16), 16);
/// ```
// ANCHOR: bounded
pub fn bounded_pushes_back(count: u64, capacity: usize) -> usize {
    let (tx, _rx) = mpsc::sync_channel(capacity);
    (0..count).take_while(|&i| tx.try_send(i).is_ok()).count()
}
// ANCHOR_END: bounded

/// Appends `value` to a shared log, then sends it on `out`.
///
/// The `std::sync::MutexGuard` is dropped before the `.await`, so the future
/// is `Send` and can be spawned, and no other task can find the lock held by
/// a task that is parked.
///
/// ```
/// use std::sync::{Arc, Mutex};
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let log = Arc::new(Mutex::new(Vec::new()));
/// let (tx, mut rx) = tokio::sync::mpsc::channel(1);
/// tokio::spawn(channels::pitfalls::log_then_forward(Arc::clone(&log), 7, tx));
/// assert_eq!(rx.recv().await, Some(7));
/// assert_eq!(*log.lock().unwrap(), [7]);
/// # });
/// ```
// ANCHOR: guard_dropped
pub async fn log_then_forward(
    log: Arc<Mutex<Vec<u32>>>,
    value: u32,
    out: tokio::sync::mpsc::Sender<u32>,
) -> Result<(), SendError<u32>> {
    {
        let mut entries = log.lock().unwrap();
        entries.push(value);
    } // the guard is dropped here, before the `.await`
    out.send(value).await
}
// ANCHOR_END: guard_dropped
