//! A `HashMap` iterates in no specified order, and its random hash keys
//! make that order differ between runs; a `BTreeMap` iterates in key
//! order. The port of `go/maps_order/main.go`.

use std::collections::{BTreeMap, HashMap};

fn main() {
    // ANCHOR: random
    let entries = [("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5), ("f", 6)];
    let m = HashMap::from(entries);
    for run in 1..=3 {
        let keys: Vec<&str> = m.keys().copied().collect();
        println!("loop {run} visits {}", keys.join(" "));
    }
    // ANCHOR_END: random

    // ANCHOR: sorted
    // the same entries, in a map kept in key order
    let sorted: BTreeMap<&str, i32> = m.into_iter().collect();
    let keys: Vec<&str> = sorted.keys().copied().collect();
    println!("sorted: {}", keys.join(" "));
    // ANCHOR_END: sorted
}
