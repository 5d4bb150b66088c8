//! Fix the deadlock: copying one `DashMap` entry to another while a `Ref`
//! is held waits forever when both keys live in the same shard.

use dashmap::DashMap;

// TODO: this is the deadlocking version:
//
//     let value = map.get(from)?;          // a Ref: read lock on from's shard
//     map.insert(to.to_owned(), *value)    // write lock on to's shard
//
// When `from` and `to` share a shard, the insert waits for the read lock
// that this thread still holds. Write `copy_value` so that no `Ref` is alive
// during the insert.

/// Copies the value under `from` to `to` and returns the value `to` had
/// before; does nothing and returns `None` if `from` is missing. Must not
/// deadlock, whichever shards the keys live in (`from` may equal `to`).
pub fn copy_value(map: &DashMap<String, u64>, from: &str, to: &str) -> Option<u64> {
    todo!()
}
