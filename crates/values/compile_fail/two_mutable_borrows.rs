// compile_fail: E0499
// This file must NOT compile: it is a `compile_fail` doc test of the `values`
// crate (see src/lib.rs), shown in the book.
//
//   error[E0499]: cannot borrow `s` as mutable more than once at a time

// ANCHOR: two_appends
fn append_both(t: &mut Vec<i32>, u: &mut Vec<i32>) {
    t.push(4);
    u.push(5);
}

fn main() {
    let mut s = Vec::with_capacity(4);
    s.extend([0, 0, 0]);
    append_both(&mut s, &mut s); // two `&mut` to one Vec, alive at once
    println!("{s:?}");
}
// ANCHOR_END: two_appends
