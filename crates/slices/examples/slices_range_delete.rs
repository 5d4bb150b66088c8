//! `retain` removes what its closure refuses, in one pass, in order. The
//! port of `go/slices_range_delete/main.go`, its mistake included.

use slices::print::slice;

fn is_even(n: i32) -> bool {
    n % 2 == 0
}

fn main() {
    // ANCHOR: skip
    let mut s = vec![1, 2, 2, 3, 4, 4, 5];
    let mut i = 0;
    while i < s.len() {
        if is_even(s[i]) {
            // s[i + 1] moves to i, and i += 1 skips it
            s.remove(i);
        }
        i += 1;
    }
    println!("deleted while walking: {}", slice(&s));
    // ANCHOR_END: skip

    // ANCHOR: filter
    let mut s = vec![1, 2, 2, 3, 4, 4, 5];
    s.retain(|&v| !is_even(v));
    println!("filtered in place: {}", slice(&s));
    // ANCHOR_END: filter
}
