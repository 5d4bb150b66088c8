// compile_fail: E0502
// This file must NOT compile: it is a `compile_fail` doc test of the `values`
// crate (see src/lib.rs), shown in the book.
//
//   error[E0502]: cannot borrow `s` as mutable because it is also borrowed as immutable

// ANCHOR: stale
fn main() {
    let mut s = vec![0, 0, 0];
    let first = &s[0]; // a borrow of an element, inside s's buffer
    s.push(6); // a push may move the buffer: not while `first` is alive
    println!("*first: {first}");
}
// ANCHOR_END: stale
