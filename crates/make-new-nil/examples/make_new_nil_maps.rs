//! Rust has no nil map: a map that may not be there is an
//! `Option<HashMap>`, and the compiler makes the code say what a write
//! does when it is `None`. The port of `go/make_new_nil_maps/main.go`.

use make_new_nil::go_fmt;
use std::collections::HashMap;

fn main() {
    // ANCHOR: nil_read
    // Go's nil map, written out: no map yet
    let mut counts: Option<HashMap<String, i32>> = None;
    let len = counts.as_ref().map_or(0, HashMap::len);
    let go = counts
        .as_ref()
        .and_then(|map| map.get("go"))
        .copied()
        .unwrap_or(0);
    println!("nil? {} len {len} go: {go}", counts.is_none());
    // ANCHOR_END: nil_read

    // ANCHOR: nil_write
    match counts.as_mut() {
        Some(map) => {
            *map.entry("go".to_owned()).or_insert(0) += 1;
        }
        // the case Go's runtime panics in
        None => {
            println!("panic: assignment to entry in nil map");
        }
    }
    // ANCHOR_END: nil_write

    // ANCHOR: make
    let mut counts: HashMap<String, i32> = HashMap::new();
    *counts.entry("go".to_owned()).or_insert(0) += 1;
    // room for 100 entries; len is still 0
    let sized: HashMap<String, i32> = HashMap::with_capacity(100);
    println!(
        "counts: {} len(sized): {}",
        go_fmt::map(&counts),
        sized.len()
    );
    // ANCHOR_END: make
}
