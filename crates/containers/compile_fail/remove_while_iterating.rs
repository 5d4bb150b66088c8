// compile_fail: E0502
// Go's "remove while ranging" loop, in Rust: the loop borrows the deque to
// read it, so the deque cannot be changed until the loop ends. Shown in the
// book; `retain` is what compiles.
//
//   error[E0502]: cannot borrow `numbers` as mutable because it is also borrowed as immutable

use std::collections::VecDeque;

fn main() {
    // ANCHOR: remove
    let mut numbers: VecDeque<i32> = (1..=6).collect();
    for (i, n) in numbers.iter().enumerate() {
        if n % 2 == 0 {
            numbers.remove(i);
        }
    }
    // ANCHOR_END: remove
    println!("{numbers:?}");
}
