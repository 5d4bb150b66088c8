//! Fix the deadlock: copying one `DashMap` entry to another while a `Ref`
//! is held waits forever when both keys live in the same shard.

use dashmap::DashMap;

/// Copies the value under `from` to `to` and returns the value `to` had
/// before; does nothing and returns `None` if `from` is missing. Must not
/// deadlock, whichever shards the keys live in (`from` may equal `to`).
pub fn copy_value(map: &DashMap<String, u64>, from: &str, to: &str) -> Option<u64> {
    let value = *map.get(from)?; // copied out: the `Ref` is dropped at the `;`
    map.insert(to.to_owned(), value)
}
