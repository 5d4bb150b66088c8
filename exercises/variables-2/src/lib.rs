//! Closure factories: functions that return a closure with state of its own.
//!
//! Go's `func newCounter() func() int { n := 0; return func() int { n++;
//! return n } }` works because each call makes a new `n`, and the closure
//! keeps it alive. In Rust the factory makes the state and moves it into
//! the closure it returns (`move`); the closure changes it, so it is an
//! `FnMut`, and the caller calls it through a `let mut` binding.
//!
//! Run the tests with `cargo test -p variables-2`; ask for a hint with
//! `cargo course hint variables-2`.

/// A counter: the first call returns `start`, each later call `step` more.
pub fn counter(start: i64, step: i64) -> impl FnMut() -> i64 {
    // TODO: Go's `func counter(start, step int) func() int`. Make the state
    // here, in the factory (`let mut next = start;`), not inside the
    // closure, where it would start again on every call; then return a
    // `move ||` closure that returns the current value and advances it.
    || todo!()
}

/// A running total: each call adds its argument and returns the total of
/// every argument so far.
pub fn running_total() -> impl FnMut(i64) -> i64 {
    // TODO: like Go's counter, but each call adds its argument. Not a
    // package-level variable (a `static`): two running totals must not
    // share one sum.
    |amount| todo!()
}

/// A limiter: `true` for the first `limit` calls, `false` for every call
/// after them.
pub fn allow_first(limit: u32) -> impl FnMut() -> bool {
    // TODO: count the calls in a variable the closure owns, and say yes
    // while fewer than `limit` have been allowed.
    || todo!()
}

/// A duplicate detector: `true` the first time it is given a word, `false`
/// every time after.
pub fn first_sighting() -> impl FnMut(&str) -> bool {
    // TODO: Go's `seen := map[string]bool{}` captured by the closure. A
    // `HashSet<String>` moved into the closure does it: `insert` says
    // whether the word was new.
    |word| todo!()
}
