// compile_fail: E0277
// This file must NOT compile: `catch_unwind` accepts only a closure that is
// `UnwindSafe`, and one that holds a `&mut` to the caller's data is not:
// after a panic half-way through, the caller would see the data half
// changed.

use std::panic;

// ANCHOR: not_unwind_safe
fn main() {
    let mut stack = vec![7];
    let result = panic::catch_unwind(|| {
        stack.pop();
        // panics: the stack is empty now
        stack.pop().unwrap()
    });
    println!("{result:?} {stack:?}");
}
// ANCHOR_END: not_unwind_safe
