//! Shared maps: four threads read and write 1024 keys, in the mixes of the
//! Go side (`go/maps.go`: `sync.Map` and a `map` behind a `sync.RWMutex`).
//! The keys come from the same xorshift sequence on both sides.

use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::sync::{Mutex, RwLock};
use std::thread;

use dashmap::DashMap;

use super::timed;
use crate::plan;

const WORKERS: u64 = 4;
const KEYS: u64 = 1024;
const SHARDS: usize = 16;

/// The cases: their names and the share of operations that are reads.
const MIXES: [(&str, u64); 3] = [("read-heavy", 95), ("write-heavy", 5), ("mixed", 50)];

/// What the workers need of a map.
trait Shared: Sync {
    const NAME: &'static str;
    fn new() -> Self;
    fn load(&self, key: u64) -> Option<u64>;
    fn store(&self, key: u64, value: u64);
}

impl Shared for RwLock<HashMap<u64, u64>> {
    const NAME: &'static str = "RwLock<HashMap>";
    fn new() -> Self {
        RwLock::new(HashMap::new())
    }
    fn load(&self, key: u64) -> Option<u64> {
        self.read().expect("no worker panics").get(&key).copied()
    }
    fn store(&self, key: u64, value: u64) {
        self.write().expect("no worker panics").insert(key, value);
    }
}

impl Shared for Mutex<HashMap<u64, u64>> {
    const NAME: &'static str = "Mutex<HashMap>";
    fn new() -> Self {
        Mutex::new(HashMap::new())
    }
    fn load(&self, key: u64) -> Option<u64> {
        self.lock().expect("no worker panics").get(&key).copied()
    }
    fn store(&self, key: u64, value: u64) {
        self.lock().expect("no worker panics").insert(key, value);
    }
}

/// 16 `RwLock<HashMap>`s, a key's shard chosen by its hash: what DashMap
/// does, written out.
struct Sharded {
    hasher: RandomState,
    shards: Vec<RwLock<HashMap<u64, u64>>>,
}

impl Sharded {
    fn shard(&self, key: u64) -> &RwLock<HashMap<u64, u64>> {
        &self.shards[self.hasher.hash_one(key) as usize % SHARDS]
    }
}

impl Shared for Sharded {
    const NAME: &'static str = "sharded RwLock (16)";
    fn new() -> Self {
        Sharded {
            hasher: RandomState::new(),
            shards: (0..SHARDS).map(|_| RwLock::new(HashMap::new())).collect(),
        }
    }
    fn load(&self, key: u64) -> Option<u64> {
        self.shard(key)
            .read()
            .expect("no worker panics")
            .get(&key)
            .copied()
    }
    fn store(&self, key: u64, value: u64) {
        self.shard(key)
            .write()
            .expect("no worker panics")
            .insert(key, value);
    }
}

impl Shared for DashMap<u64, u64> {
    const NAME: &'static str = "DashMap";
    fn new() -> Self {
        DashMap::new()
    }
    fn load(&self, key: u64) -> Option<u64> {
        self.get(&key).map(|v| *v)
    }
    fn store(&self, key: u64, value: u64) {
        self.insert(key, value);
    }
}

/// xorshift64, as `go/maps.go` has it.
fn next(x: &mut u64) -> u64 {
    *x ^= *x << 13;
    *x ^= *x >> 7;
    *x ^= *x << 17;
    *x
}

fn mixes<M: Shared>(n: u64, filter: Option<&str>) {
    for (case, read_percent) in MIXES {
        if !plan::selects(filter, "maps", case) {
            continue;
        }
        let map = M::new();
        for key in 0..KEYS {
            map.store(key, key);
        }
        let map = &map;
        timed("maps", case, M::NAME, WORKERS * n, || {
            thread::scope(|s| {
                for worker in 0..WORKERS {
                    s.spawn(move || {
                        let mut x = worker + 1;
                        for _ in 0..n {
                            let r = next(&mut x);
                            let key = r % KEYS;
                            if (r >> 32) % 100 < read_percent {
                                // Every key is there from the start and is
                                // never removed.
                                assert!(map.load(key).is_some(), "key {key} lost");
                            } else {
                                map.store(key, r);
                            }
                        }
                    });
                }
            });
        });
    }
}

pub fn run(n: u64, filter: Option<&str>) {
    mixes::<RwLock<HashMap<u64, u64>>>(n, filter);
    mixes::<Mutex<HashMap<u64, u64>>>(n, filter);
    mixes::<Sharded>(n, filter);
    mixes::<DashMap<u64, u64>>(n, filter);
}
