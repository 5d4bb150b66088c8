// compile_fail: E0502
// Go's `n := m[k]` followed by `m[k2] = v`: harmless in Go, where `n` is a
// copy. In Rust `get` returns a borrow into the map, and an insert may
// move every entry (the table grows).

use std::collections::HashMap;

// ANCHOR: get_insert
fn main() {
    let mut counts = HashMap::from([("go", 1)]);
    // a &i32 into the map, not a copy
    let go = counts.get("go").unwrap();
    counts.insert("rust", 1);
    println!("{go}");
}
// ANCHOR_END: get_insert
