// compile_fail: E0381
// This file must NOT compile: Go's `var total int` is 0, but a Rust `let`
// without a value has no value at all, and reading it is refused.

// ANCHOR: uninitialised
fn main() {
    let total: i32;
    let scores = [3, 4];
    for score in scores {
        // Go starts `total` at its zero value, 0
        println!("adding {score} to {total}");
    }
}
// ANCHOR_END: uninitialised
