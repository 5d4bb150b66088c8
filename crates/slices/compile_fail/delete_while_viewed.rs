// compile_fail: E0502
// Go's `t := append(s[:2], s[3:]...)` while another header on the array is
// in use: in Rust, a removal while a borrow of the elements is alive.

// ANCHOR: viewed
fn main() {
    let mut s = vec![10, 20, 30, 40, 50];
    // a view of the elements, like a second Go header
    let view = &s[..];
    // remove shifts them: not while `view` is alive
    s.remove(2);
    println!("{view:?}");
}
// ANCHOR_END: viewed
