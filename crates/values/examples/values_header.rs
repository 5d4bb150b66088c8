//! Copies of a Go slice header share one array until an append outgrows it.
//! The port of `go/values_header/main.go`, with the header written out in
//! `values::go_slice`: idiomatic Rust has no such sharing (see the chapter).

use values::go_slice::GoSlice;

fn main() {
    // ANCHOR: shared
    let mut s = GoSlice::make(3, 4); // [0 0 0], with room for one more
    let t = s.append(&[4]); // it fits: t is a new header on s's array
    t.set(0, 100); // so this writes s[0] too
    println!("s: {s} len {} cap {}", s.len(), s.cap());
    println!("t: {t} len {} cap {}", t.len(), t.cap());
    // ANCHOR_END: shared

    // ANCHOR: two_appends
    let u = s.append(&[5]); // it fits too: into the slot that holds t[3]
    println!("t: {t} u: {u}");
    // ANCHOR_END: two_appends

    // ANCHOR: stale_pointer
    let first = s.addr(0);
    s = s.append(&[6, 7]); // no room: a new array, and s moves to it
    s.set(0, 1);
    println!("s[0]: {} *first: {}", s.get(0), first.get()); // first points into the old array
    // ANCHOR_END: stale_pointer
}
