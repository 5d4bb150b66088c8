//! Times `Mutex<HashMap>`, `RwLock<HashMap>`, a hand-sharded map and
//! `DashMap` under the same load: 4 threads, 1,024 keys, a read-mostly and a
//! write-heavy mix. No Go twin: the numbers are this machine's.
//!
//! ```console
//! cargo run -p shared-map --example shared_map_bench
//! ```

use dashmap::DashMap;
use shared_map::sharded::ShardedMap;
use std::collections::HashMap;
use std::sync::{Mutex, RwLock};
use std::thread;
use std::time::Instant;

const THREADS: u64 = 4;
const OPS: u64 = 200_000; // per thread
const KEYS: u64 = 1024;

/// The operations a map under test offers.
trait Map: Sync {
    fn read(&self, key: u64) -> u64;
    fn write(&self, key: u64);
}

impl Map for Mutex<HashMap<u64, u64>> {
    fn read(&self, key: u64) -> u64 {
        self.lock().unwrap().get(&key).copied().unwrap_or(0)
    }
    fn write(&self, key: u64) {
        *self.lock().unwrap().entry(key).or_insert(0) += 1;
    }
}

impl Map for RwLock<HashMap<u64, u64>> {
    fn read(&self, key: u64) -> u64 {
        self.read().unwrap().get(&key).copied().unwrap_or(0)
    }
    fn write(&self, key: u64) {
        *self.write().unwrap().entry(key).or_insert(0) += 1;
    }
}

impl Map for ShardedMap<u64, u64> {
    fn read(&self, key: u64) -> u64 {
        self.get(&key).unwrap_or(0)
    }
    fn write(&self, key: u64) {
        self.update(key, |n| *n += 1);
    }
}

impl Map for DashMap<u64, u64> {
    fn read(&self, key: u64) -> u64 {
        self.get(&key).map_or(0, |v| *v)
    }
    fn write(&self, key: u64) {
        *self.entry(key).or_insert(0) += 1;
    }
}

/// Builds a fresh, empty map to time.
type MakeMap = fn() -> Box<dyn Map>;

/// Milliseconds for `THREADS` threads doing `OPS` operations each, one write
/// in every `write_every`.
fn time(map: &dyn Map, write_every: u64) -> u128 {
    let started = Instant::now();
    thread::scope(|scope| {
        for t in 0..THREADS {
            scope.spawn(move || {
                let mut sum = 0;
                for i in 0..OPS {
                    let key = (i * 7 + t * 13) % KEYS;
                    if i % write_every == 0 {
                        map.write(key);
                    } else {
                        sum += map.read(key);
                    }
                }
                sum
            });
        }
    });
    started.elapsed().as_millis()
}

fn main() {
    println!("{THREADS} threads x {OPS} ops, {KEYS} keys; milliseconds (less is better)");
    println!("{:<18} {:>12} {:>12}", "map", "90% reads", "50% reads");
    let maps: [(&str, MakeMap); 4] = [
        ("Mutex<HashMap>", || Box::new(Mutex::new(HashMap::new()))),
        ("RwLock<HashMap>", || Box::new(RwLock::new(HashMap::new()))),
        ("ShardedMap (16)", || Box::new(ShardedMap::new(16))),
        ("DashMap", || Box::new(DashMap::new())),
    ];
    for (name, make) in &maps {
        let read_mostly = time(&*make(), 10);
        let mixed = time(&*make(), 2);
        println!("{name:<18} {read_mostly:>12} {mixed:>12}");
    }
}
