// compile_fail: E0599
// Go's `head = append(s[:2], 99)`, which writes over s[2]: in Rust a
// borrowed part of a Vec is a slice, and a slice cannot grow.

// ANCHOR: subslice
fn main() {
    let mut s = vec![1, 2, 3, 4];
    let head = &mut s[..2];
    // a &mut [i32] can change elements, not their number
    head.push(99);
    println!("{s:?}");
}
// ANCHOR_END: subslice
