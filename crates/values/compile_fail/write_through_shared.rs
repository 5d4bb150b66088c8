// compile_fail: E0594
// This file must NOT compile: it is a `compile_fail` doc test of the `values`
// crate (see src/lib.rs), shown in the book.
//
//   error[E0594]: cannot assign to `*v`, which is behind a `&` reference

// ANCHOR: shared
fn double(s: &[i32]) {
    for v in s {
        *v *= 2; // `v` is a `&i32`: a shared borrow cannot write
    }
}
// ANCHOR_END: shared

fn main() {
    let s = vec![1, 2, 3];
    double(&s);
    println!("{s:?}");
}
