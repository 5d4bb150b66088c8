//! Closure factories: functions that return a closure with state of its own.
//!
//! Go's `func newCounter() func() int { n := 0; return func() int { n++;
//! return n } }` works because each call makes a new `n`, and the closure
//! keeps it alive. In Rust the factory makes the state and moves it into
//! the closure it returns (`move`); the closure changes it, so it is an
//! `FnMut`, and the caller calls it through a `let mut` binding.

use std::collections::HashSet;

/// A counter: the first call returns `start`, each later call `step` more.
pub fn counter(start: i64, step: i64) -> impl FnMut() -> i64 {
    let mut next = start;
    move || {
        let current = next;
        next += step;
        current
    }
}

/// A running total: each call adds its argument and returns the total of
/// every argument so far.
pub fn running_total() -> impl FnMut(i64) -> i64 {
    let mut total = 0;
    move |amount| {
        total += amount;
        total
    }
}

/// A limiter: `true` for the first `limit` calls, `false` for every call
/// after them.
pub fn allow_first(limit: u32) -> impl FnMut() -> bool {
    let mut calls = 0;
    move || {
        if calls < limit {
            calls += 1;
            true
        } else {
            false
        }
    }
}

/// A duplicate detector: `true` the first time it is given a word, `false`
/// every time after.
pub fn first_sighting() -> impl FnMut(&str) -> bool {
    let mut seen = HashSet::new();
    move |word| seen.insert(word.to_owned())
}
