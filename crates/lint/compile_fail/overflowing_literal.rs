// compile_fail: literal out of range for `u16`
// A rustc lint that is `deny` by default: `overflowing_literals`. Go
// refuses the same constant too (`cannot use 70000 … (overflows)`), as a
// compile error; in Rust it is a lint, so `#[allow(overflowing_literals)]`
// would let it through (and the value would wrap).

fn main() {
    // ANCHOR: literal
    let port: u16 = 70000;
    // ANCHOR_END: literal
    println!("{port}");
}
