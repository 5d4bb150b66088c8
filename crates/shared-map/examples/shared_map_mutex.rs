//! A map shared by threads inside a `Mutex` (and an `RwLock` for a read-mostly
//! cache). The port of `go/shared_map_mutex/main.go`.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, RwLock};
use std::thread;

fn main() {
    // ANCHOR: main
    let counts: Mutex<HashMap<&str, u32>> = Mutex::default(); // the map is *inside* the lock
    let lines = ["a rose is a rose", "is a rose", "a rose"];
    thread::scope(|scope| {
        for line in lines {
            let counts = &counts;
            scope.spawn(move || {
                for word in line.split_whitespace() {
                    *counts.lock().unwrap().entry(word).or_insert(0) += 1;
                }
            });
        }
    });

    let cache = RwLock::new(counts.into_inner().unwrap()); // many readers, one writer
    let sorted: BTreeMap<_, _> = cache.read().unwrap().clone().into_iter().collect();
    for (word, n) in sorted {
        println!("{word} {n}");
    }
    // ANCHOR_END: main
}
