//! Deleting from a Vec: `remove` keeps the order, `swap_remove` does not.
//! The port of `go/slices_delete/main.go`; its first part writes out what
//! Go's `append` does to the shared array, with `slices::go_delete`.

use slices::go_delete::append_delete;
use slices::print::slice;

fn main() {
    // ANCHOR: alias
    let mut array = [10, 20, 30, 40, 50];
    // Go's t := append(s[:2], s[3:]...), on s's array
    let t_len = append_delete(&mut array, 2, 3);
    let t = &array[..t_len];
    println!("t: {} len {}", slice(t), t.len());
    println!("s: {} len {}", slice(&array), array.len());
    // ANCHOR_END: alias

    // ANCHOR: ordered
    let mut v = vec![10, 20, 30, 40, 50];
    // shifts the tail left and returns the element
    let removed = v.remove(2);
    println!("removed {removed} left {}", slice(&v));
    // ANCHOR_END: ordered

    // ANCHOR: unordered
    let mut w = vec![10, 20, 30, 40, 50];
    // the last element fills the hole: O(1)
    let removed = w.swap_remove(1);
    println!("removed {removed} left {}", slice(&w));
    // ANCHOR_END: unordered
}
