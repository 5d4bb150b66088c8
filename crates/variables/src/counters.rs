//! Closure factories, and the three traits a closure can implement.
//!
//! - `Fn`: it only reads what it captured; call it through `&`.
//! - `FnMut`: it changes what it captured; call it through `&mut`, so the
//!   binding that holds it must be `let mut`.
//! - `FnOnce`: it gives away what it captured; it can be called once.
//!
//! The compiler picks the capture (by `&`, by `&mut`, or by value) from
//! what the body does; `move` makes every capture by value.

// ANCHOR: counter
/// Go's `newCounter`: each call makes a new `n`,
/// moved into the closure that it returns, so two
/// counters never share one.
pub fn new_counter() -> impl FnMut() -> i32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}
// ANCHOR_END: counter

/// Calls `f` `times` times; the `FnMut` bound lets it change its state.
pub fn call_times(mut f: impl FnMut() -> i32, times: usize) -> Vec<i32> {
    (0..times).map(|_| f()).collect()
}

// ANCHOR: once
/// An `FnOnce`: the closure gives its `String` away, so a second call
/// would have nothing to give.
pub fn farewell(name: &str) -> impl FnOnce() -> String {
    let message = format!("bye, {name}");
    move || message
}
// ANCHOR_END: once
