//! A borrowed part of a Vec cannot grow: to append to it, copy it into a
//! Vec of its own. The port of `go/slices_subslice/main.go`; its first part
//! writes out Go's write into the parent with `slices::go_delete`.

use slices::go_delete::append_within;
use slices::print::slice;

fn main() {
    // ANCHOR: overwrite
    let mut array = [1, 2, 3, 4];
    // Go's head = append(s[:2], 99), on s's array
    let head_len = append_within(&mut array, 2, 99);
    let head = array[..head_len].to_vec();
    println!("head: {} s: {}", slice(&head), slice(&array));
    // ANCHOR_END: overwrite

    // ANCHOR: capped
    let s = vec![1, 2, 3, 4];
    // a &[i32] has no push: copy the part first
    let mut head = s[..2].to_vec();
    head.push(99);
    println!("head: {} s: {}", slice(&head), slice(&s));
    // ANCHOR_END: capped
}
