// compile_fail: E0571
// This file must NOT compile: it is a `compile_fail` doc test of the
// `control-flow` crate (see src/lib.rs), shown in the book.
//
//   error[E0571]: `break` with value from a `for` loop

// ANCHOR: for_value
fn main() {
    let scores = [3, 8, 12, 5];
    // Only `loop` can return a value with `break`: a `for` loop may end
    // without one, when the iterator runs out.
    let first_big = for s in scores {
        if s > 10 {
            break s;
        }
    };
    println!("{first_big:?}");
}
// ANCHOR_END: for_value
