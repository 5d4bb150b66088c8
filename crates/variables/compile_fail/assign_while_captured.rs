// compile_fail: E0506
// A closure that reads `x` borrows it: `x` cannot be assigned while the
// closure may still run.
//
//   error[E0506]: cannot assign to `x` because it is borrowed

// ANCHOR: assign
fn main() {
    let mut x = 1;
    let read = || x;
    x = 2;
    println!("the closure reads: {}", read());
}
// ANCHOR_END: assign
