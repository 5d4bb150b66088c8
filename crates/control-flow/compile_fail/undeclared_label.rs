// compile_fail: E0426
// This file must NOT compile: it is a `compile_fail` doc test of the
// `control-flow` crate (see src/lib.rs), shown in the book.
//
//   error[E0426]: use of undeclared label `'outer`

// ANCHOR: undeclared
fn main() {
    for row in 0..3 {
        for col in 0..3 {
            if row * col == 2 {
                break 'outer; // no loop is labelled 'outer
            }
        }
    }
}
// ANCHOR_END: undeclared
