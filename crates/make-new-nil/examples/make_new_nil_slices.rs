//! A Go slice can be nil or empty; a Rust `Vec` is only ever empty, and an
//! empty `Vec` allocates nothing. To print what Go prints, the port writes
//! Go's nil slice as `Option<Vec<i32>>`. The port of
//! `go/make_new_nil_slices/main.go`.

use make_new_nil::go_fmt;

fn main() {
    // ANCHOR: nil_slice
    // Go's nil slice, written out: no Vec at all
    let mut s: Option<Vec<i32>> = None;
    // empty, not "nil"
    let e: Option<Vec<i32>> = Some(Vec::new());
    for (name, v) in [("s", &s), ("e", &e)] {
        let len = v.as_ref().map_or(0, Vec::len);
        let cap = v.as_ref().map_or(0, Vec::capacity);
        println!("{name} == nil: {} len {len} cap {cap}", v.is_none());
    }
    println!("equal: {}", s == e);
    // Go's append on nil: make the Vec first
    s.get_or_insert_with(Vec::new).push(1);
    println!(
        "after append: {}",
        go_fmt::slice(s.as_deref().unwrap_or_default())
    );
    // ANCHOR_END: nil_slice

    // ANCHOR: make_len
    // vec![0; 3] is make([]int, 3): three zeros
    let mut ids = vec![0; 3];
    for id in 1..=3 {
        ids.push(id);
    }
    println!("make([]int, 3): {}", go_fmt::slice(&ids));
    // ANCHOR_END: make_len

    // ANCHOR: make_cap
    let mut ids = Vec::with_capacity(3);
    for id in 1..=3 {
        ids.push(id);
    }
    println!(
        "make([]int, 0, 3): {} len {} cap {}",
        go_fmt::slice(&ids),
        ids.len(),
        ids.capacity()
    );
    // ANCHOR_END: make_cap
}
