//! Closures made in a loop: each one keeps its own iteration's value in
//! Rust, and all of them share one variable in Go before 1.22.

use std::cell::Cell;
use std::rc::Rc;

/// A callback that returns a number.
pub type Callback = Box<dyn Fn() -> i32>;

// ANCHOR: callbacks
/// Three callbacks; the `i`-th returns `i`. Each
/// iteration's `i` is a new binding, and `move`
/// copies it into that iteration's closure.
pub fn callbacks() -> Vec<Callback> {
    let mut funcs: Vec<Callback> = Vec::new();
    for i in 0..3 {
        funcs.push(Box::new(move || i));
    }
    funcs
}
// ANCHOR_END: callbacks

// ANCHOR: one_variable
/// Go 1.19's loop, written out: one variable for
/// the whole loop, shared by every closure (`Rc`)
/// and changed by the loop (`Cell`). After the
/// loop, every callback reads its final value, 3.
pub fn callbacks_sharing_one_variable() -> Vec<Callback> {
    let mut funcs: Vec<Callback> = Vec::new();
    let i = Rc::new(Cell::new(0));
    while i.get() < 3 {
        let shared = Rc::clone(&i);
        funcs.push(Box::new(move || shared.get()));
        i.set(i.get() + 1);
    }
    funcs
}
// ANCHOR_END: one_variable

/// What each callback returns, in order.
pub fn call_all(funcs: &[Callback]) -> Vec<i32> {
    funcs.iter().map(|f| f()).collect()
}
