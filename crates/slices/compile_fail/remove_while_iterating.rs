// compile_fail: E0502
// Go's delete inside a loop over the same slice: in Rust, the loop borrows
// the Vec, and a removal needs it mutably.

// ANCHOR: iterating
fn main() {
    let mut s = vec![1, 2, 2, 3, 4, 4, 5];
    // the loop borrows `s` until it ends
    for (i, v) in s.iter().enumerate() {
        if v % 2 == 0 {
            s.remove(i);
        }
    }
    println!("{s:?}");
}
// ANCHOR_END: iterating
