//! `DashMap`, the counterpart of Go's `sync.Map`, and its one trap: a `Ref`
//! (from `get`, `get_mut`, `entry`, `iter`) holds its shard's lock until it is
//! dropped, so inserting into the same shard meanwhile waits forever. Also
//! [`load_or_store`], Go's `LoadOrStore` as one atomic `entry` call.

use dashmap::DashMap;
use dashmap::mapref::entry::Entry;
use std::hash::Hash;
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

/// Go's `sync.Map.LoadOrStore`: returns the value already under `key` and
/// `true` (loaded), or stores `value` and returns it with `false` (stored).
///
/// One atomic step: `entry` holds `key`'s shard write lock from the lookup to
/// the insert, so of many concurrent callers exactly one stores and all get
/// the same value. (`contains_key` then `entry` would be two steps: another
/// thread can store in between, and two callers would both report "stored".)
///
/// ```
/// let map = dashmap::DashMap::new();
/// assert_eq!(shared_map::dash::load_or_store(&map, "k", 1), (1, false));
/// assert_eq!(shared_map::dash::load_or_store(&map, "k", 2), (1, true));
/// ```
// ANCHOR: load_or_store
pub fn load_or_store<K, V>(map: &DashMap<K, V>, key: K, value: V) -> (V, bool)
where
    K: Eq + Hash,
    V: Clone,
{
    // One step: `entry` holds the shard's write lock from lookup to insert.
    match map.entry(key) {
        Entry::Occupied(entry) => (entry.get().clone(), true),
        Entry::Vacant(entry) => (entry.insert(value).clone(), false),
    }
}
// ANCHOR_END: load_or_store

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
