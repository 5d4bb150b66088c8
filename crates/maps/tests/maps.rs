//! What the chapter says about Rust's maps and sets, each a test.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::mem::size_of;

/// `get` is `None` for a missing key, where Go reads the zero value; a
/// present zero is `Some(0)`, so the two are told apart.
#[test]
fn get_tells_a_missing_key_from_a_zero_value() {
    let ages = HashMap::from([("bo", 0)]);
    assert_eq!(ages.get("bo"), Some(&0));
    assert_eq!(ages.get("cy"), None);
    assert_eq!(ages.get("cy").copied().unwrap_or_default(), 0);
}

// ANCHOR: index_panics
/// Indexing with a missing key panics: `m[k]` is not Go's zero-value read.
#[test]
#[should_panic]
fn indexing_a_missing_key_panics() {
    let ages: HashMap<&str, i32> = HashMap::new();
    let _ = ages["cy"];
}
// ANCHOR_END: index_panics

/// `insert` replaces and returns the old value; `remove` returns the value.
#[test]
fn insert_and_remove_return_what_was_there() {
    let mut m = HashMap::new();
    assert_eq!(m.insert("go", 1), None);
    assert_eq!(m.insert("go", 2), Some(1), "insert overwrites");
    assert_eq!(m.remove("go"), Some(2));
    assert_eq!(m.remove("go"), None);
}

// ANCHOR: entry
/// The entry API: `or_insert` and `or_default` start a missing key,
/// `or_insert_with` calls its closure only for a missing key, and
/// `and_modify` changes only a present one.
#[test]
fn the_entry_api_starts_missing_keys_and_changes_present_ones() {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    *counts.entry("go").or_insert(0) += 1;
    *counts.entry("go").or_default() += 1;
    assert_eq!(counts["go"], 2);

    let mut calls = 0;
    for _ in 0..3 {
        counts.entry("rust").or_insert_with(|| {
            calls += 1;
            10
        });
    }
    assert_eq!((counts["rust"], calls), (10, 1));

    counts.entry("go").and_modify(|n| *n *= 10).or_insert(1);
    counts.entry("c").and_modify(|n| *n *= 10).or_insert(1);
    assert_eq!((counts["go"], counts["c"]), (20, 1));
}
// ANCHOR_END: entry

/// `get_mut` changes a value inside the map, with no copy to store back.
#[test]
fn get_mut_changes_a_value_in_place() {
    #[derive(Debug, PartialEq)]
    struct Point {
        x: i32,
        y: i32,
    }
    let mut points = HashMap::from([("a", Point { x: 1, y: 2 })]);
    points.get_mut("a").expect("a is there").x = 10;
    assert_eq!(points["a"], Point { x: 10, y: 2 });
    assert!(points.get_mut("b").is_none());
}

/// `HashSet::insert` says whether the value was new; its values take no
/// space, like Go's `struct{}`.
#[test]
fn a_hash_set_is_a_map_to_nothing() {
    let mut seen = HashSet::new();
    assert!(seen.insert("go"));
    assert!(!seen.insert("go"), "a second insert reports a repeat");
    assert!(seen.contains("go"));
    assert_eq!(size_of::<()>(), 0);
}

/// A `BTreeMap` iterates in key order, whatever the insertion order.
#[test]
fn a_btree_map_iterates_in_key_order() {
    let m: BTreeMap<&str, i32> = [("f", 6), ("a", 1), ("d", 4), ("b", 2)].into();
    assert_eq!(m.keys().copied().collect::<Vec<_>>(), ["a", "b", "d", "f"]);
}

/// `retain` deletes during its one pass over the map.
#[test]
fn retain_deletes_during_its_pass() {
    let mut stock = HashMap::from([("apple", 0), ("fig", 5), ("plum", 0)]);
    stock.retain(|_, n| *n > 0);
    assert_eq!(stock, HashMap::from([("fig", 5)]));
}

/// The print helper sorts keys as Go's `fmt` does, whatever the map's
/// iteration order.
#[test]
fn printing_sorts_the_keys() {
    let m: HashMap<String, Vec<&str>> = (0..20)
        .rev()
        .map(|i| (format!("k{i:02}"), vec!["x"]))
        .collect();
    let printed = maps::print::map(&m);
    assert!(printed.starts_with("map[k00:[x] k01:[x] k02:[x]"));
    assert!(printed.ends_with("k19:[x]]"));
}
