// compile_fail: E0004
// This file must NOT compile: it is a `compile_fail` doc test of the
// `control-flow` crate (see src/lib.rs), shown in the book.
//
//   error[E0004]: non-exhaustive patterns: `i32::MIN..=-1_i32` and `3_i32..=i32::MAX` not covered

// ANCHOR: missing
fn name(n: i32) -> &'static str {
    // Go's `switch n { case 0: ...; case 1, 2: ... }` may leave values out:
    // none of its cases runs. A Rust `match` must cover every value.
    match n {
        0 => "zero",
        1 | 2 => "one or two",
    }
}
// ANCHOR_END: missing

fn main() {
    println!("{}", name(7));
}
