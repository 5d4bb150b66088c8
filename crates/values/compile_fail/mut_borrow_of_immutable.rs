// compile_fail: E0596
// This file must NOT compile: it is a `compile_fail` doc test of the `values`
// crate (see src/lib.rs), shown in the book.
//
//   error[E0596]: cannot borrow `age` as mutable, as it is not declared as mutable

// ANCHOR: not_mut
fn birthday(age: &mut u32) {
    *age += 1;
}

fn main() {
    let age = 30; // a `&mut` borrow needs `let mut age`
    birthday(&mut age);
    println!("{age}");
}
// ANCHOR_END: not_mut
