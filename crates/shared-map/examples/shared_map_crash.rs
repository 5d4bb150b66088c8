//! Go's unguarded concurrent map writes compile and then crash; Rust's do not
//! compile (see `compile_fail/unguarded_writes.rs`, a `compile_fail` doctest).
//! This runs the version that compiles: the map inside a `Mutex`. The Go
//! twin `go/shared_map_crash/main.go` shows the crash.

use std::collections::HashMap;
use std::sync::Mutex;
use std::thread;

fn main() {
    // ANCHOR: guarded
    let counts: Mutex<HashMap<u32, u32>> = Mutex::default();
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for key in 0..100_000 {
                    *counts.lock().unwrap().entry(key % 1000).or_insert(0) += 1;
                }
            });
        }
    });
    let counts = counts.into_inner().unwrap();
    println!(
        "guarded: {} keys, {} writes",
        counts.len(),
        counts.values().sum::<u32>()
    );
    // ANCHOR_END: guarded
}
