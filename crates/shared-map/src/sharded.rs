//! Sharding by hand: several `RwLock<HashMap>`s, a key's hash picking one, so
//! that writers to different shards do not wait for each other. This is what
//! `DashMap` does inside.
//!
//! ```
//! use shared_map::sharded::ShardedMap;
//! let map = ShardedMap::new(8);
//! assert_eq!(map.insert("a", 1), None);
//! map.update("a", |v| *v += 1);
//! assert_eq!(map.get(&"a"), Some(2));
//! assert_eq!(map.len(), 1);
//! ```

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, RandomState};
use std::sync::RwLock;

/// A map split into shards, each behind its own `RwLock`.
#[derive(Debug)]
pub struct ShardedMap<K, V> {
    shards: Box<[RwLock<HashMap<K, V>>]>,
    hasher: RandomState,
}

// ANCHOR: sharded
impl<K: Hash + Eq, V> ShardedMap<K, V> {
    /// An empty map of `shards` shards (at least one).
    pub fn new(shards: usize) -> Self {
        Self {
            shards: (0..shards.max(1)).map(|_| RwLock::default()).collect(),
            hasher: RandomState::new(),
        }
    }

    fn shard(&self, key: &K) -> &RwLock<HashMap<K, V>> {
        let hash = self.hasher.hash_one(key);
        &self.shards[(hash % self.shards.len() as u64) as usize]
    }

    /// Inserts `value` under `key`; returns the value it replaced.
    pub fn insert(&self, key: K, value: V) -> Option<V> {
        self.shard(&key).write().unwrap().insert(key, value)
    }

    /// A copy of the value under `key`: a reference could not outlive the
    /// shard's lock.
    pub fn get(&self, key: &K) -> Option<V>
    where
        V: Clone,
    {
        self.shard(key).read().unwrap().get(key).cloned()
    }

    /// Changes the value under `key` (inserting `V::default()` first if it is
    /// missing) under its shard's write lock.
    pub fn update(&self, key: K, change: impl FnOnce(&mut V))
    where
        V: Default,
    {
        change(self.shard(&key).write().unwrap().entry(key).or_default());
    }
    // ANCHOR_END: sharded

    /// How many entries, over all shards (each locked in turn: not a snapshot).
    pub fn len(&self) -> usize {
        self.shards.iter().map(|s| s.read().unwrap().len()).sum()
    }

    /// Whether every shard is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
