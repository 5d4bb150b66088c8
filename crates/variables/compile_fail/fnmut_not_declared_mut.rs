// compile_fail: E0596
// A closure that changes what it captured is an FnMut: calling it borrows
// it mutably, so its binding must be `let mut`.
//
//   error[E0596]: cannot borrow `add` as mutable, as it is not declared as mutable

// ANCHOR: not_mut
fn main() {
    let mut total = 0;
    let add = |n| total += n;
    add(5);
    println!("total: {total}");
}
// ANCHOR_END: not_mut
