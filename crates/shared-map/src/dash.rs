//! `DashMap`, the counterpart of Go's `sync.Map`, and its one trap: a `Ref`
//! (from `get`, `get_mut`, `entry`, `iter`) holds its shard's lock until it is
//! dropped, so inserting into the same shard meanwhile waits forever.

use dashmap::DashMap;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

/// Copies the value under `from` to `to`, *holding the `Ref` to `from`
/// across the insert*. Deadlocks whenever `from` and `to` share a shard
/// (always when `from == to`). Shown, and tested, as the bug.
pub fn copy_holding_ref(map: &DashMap<String, u64>, from: &str, to: &str) -> Option<u64> {
    // ANCHOR: deadlock
    let value = map.get(from)?; // a `Ref`: a read lock on `from`'s shard
    map.insert(to.to_owned(), *value) // wants the write lock of `to`'s shard
    // ANCHOR_END: deadlock
}

/// Copies the value under `from` to `to`; returns the value `to` had.
///
/// ```
/// let map = dashmap::DashMap::new();
/// map.insert("a".to_owned(), 1);
/// assert_eq!(shared_map::dash::copy_value(&map, "a", "a"), Some(1));
/// ```
pub fn copy_value(map: &DashMap<String, u64>, from: &str, to: &str) -> Option<u64> {
    // ANCHOR: fixed
    let value = *map.get(from)?; // copied out: the `Ref` is dropped at the `;`
    map.insert(to.to_owned(), value)
    // ANCHOR_END: fixed
}

/// Runs `work` on a thread of its own and waits at most `limit` for it:
/// `None` if it did not finish (the thread, likely deadlocked, is left
/// behind: a thread cannot be killed).
pub fn finishes_within<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (done_tx, done) = mpsc::channel();
    thread::spawn(move || {
        let _ = done_tx.send(work());
    });
    done.recv_timeout(limit).ok()
}
