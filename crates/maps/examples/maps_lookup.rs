//! `get` returns an `Option`, and the entry API says what a missing key
//! starts as. The port of `go/maps_lookup/main.go`.

use std::collections::HashMap;

use maps::print;

fn main() {
    // ANCHOR: lookup
    let ages = HashMap::from([("ann", 31), ("bo", 0)]);
    // Go's zero value, asked for by name
    let age = |name| ages.get(name).copied().unwrap_or_default();
    let (ann, bo, cy) = (age("ann"), age("bo"), age("cy"));
    println!("ann: {ann} bo: {bo} cy: {cy}");
    if let Some(age) = ages.get("bo") {
        println!("bo is there: {age}");
    }
    if !ages.contains_key("cy") {
        println!("cy is missing");
    }
    // ANCHOR_END: lookup

    // ANCHOR: count
    let mut counts = HashMap::new();
    for w in "the cat and the hat".split_whitespace() {
        // a missing word starts at 0, by request
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{}", print::map(&counts));
    // ANCHOR_END: count

    // ANCHOR: group
    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    let words = "go is a fun language to use".split_whitespace();
    for w in words {
        // or_default: an empty Vec for a new key
        by_len.entry(w.len()).or_default().push(w);
    }
    println!("{}", print::map(&by_len));
    // ANCHOR_END: group
}
