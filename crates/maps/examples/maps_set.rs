//! `HashSet` is Go's `map[T]struct{}`: `insert` says whether the value was
//! new. The port of `go/maps_set/main.go`.

use std::collections::HashSet;
use std::mem::size_of;

use maps::print;

fn main() {
    // ANCHOR: set
    let mut seen = HashSet::new();
    for tag in ["go", "rust", "go", "c", "rust"] {
        // insert returns false when the tag was there
        if !seen.insert(tag) {
            println!("repeat: {tag}");
        }
    }
    let has_rust = seen.contains("rust");
    println!("{} distinct; has rust: {has_rust}", seen.len());
    // Go prints a set's struct{} values as {}
    let entries = seen.iter().map(|tag| (tag, &()));
    println!("{}", print::map(entries));
    // ANCHOR_END: set

    // ANCHOR: size
    // HashSet<T> is a HashMap<T, ()>, and () is empty
    println!("size of struct{{}}: {}", size_of::<()>());
    // ANCHOR_END: size
}
