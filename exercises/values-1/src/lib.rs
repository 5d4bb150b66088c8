//! Scores: read, changed and grown through borrows.
//!
//! In Go each of these functions would take the slice, `func total(scores
//! []int) int`, and whether a change reaches the caller would depend on the
//! change: a write to an element does, an `append` does not. In Rust the
//! signature says what the function may do with the caller's scores, and
//! the caller keeps its `Vec` in every case:
//!
//! - `&[i32]`: read them;
//! - `&mut [i32]`: change them in place (but not how many there are);
//! - `&mut Vec<i32>`: also add and remove scores.
//!
//! Run the tests with `cargo test -p values-1`; ask for a hint with
//! `cargo course hint values-1`.

/// The sum of the scores; 0 when there are none.
pub fn total(scores: &[i32]) -> i32 {
    // TODO: in Go you would pass the slice, `func total(scores []int) int`,
    // and range over it. Here the caller lends it: `&[i32]` is a borrowed
    // view of its Vec, which the caller keeps. Add up every score: a `for`
    // loop over `scores` gives you each one as a `&i32` (write `*score`, or
    // `for &score in scores`), or use `scores.iter().sum()`.
    todo!()
}

/// The highest score, or `None` when there are no scores.
pub fn best(scores: &[i32]) -> Option<i32> {
    // TODO: Go would return `(int, bool)`, the `bool` false for an empty
    // slice. Rust returns an `Option`: `Some(highest)`, or `None` when there
    // are no scores. Careful: scores can be negative, so "the best so far"
    // cannot start at Go's zero value 0.
    todo!()
}

/// Adds `bonus` to every score, in the caller's own scores. A negative
/// bonus is a penalty.
pub fn add_bonus(scores: &mut [i32], bonus: i32) {
    // TODO: in Go, `for _, s := range scores { s += bonus }` changes copies
    // and the caller sees nothing; you would write `scores[i] += bonus`.
    // Here the caller lends its scores mutably, `&mut [i32]`: a `for` loop
    // over `scores` gives each one as a `&mut i32`; write through it with
    // `*score += bonus`.
    todo!()
}

/// Appends `score` to the caller's scores.
pub fn record(scores: &mut Vec<i32>, score: i32) {
    // TODO: in Go, `scores = append(scores, score)` inside the function
    // changes only its own copy of the slice header: the caller must take
    // the result back (`s = record(s, 7)`) or pass a `*[]int`. Here the
    // caller lends its Vec itself, `&mut Vec<i32>`: push onto it.
    todo!()
}

/// Removes every score below `min` from the caller's scores; the scores at
/// `min` and above stay, in their order.
pub fn drop_below(scores: &mut Vec<i32>, min: i32) {
    // TODO: in Go you would filter in place (`kept := scores[:0]`, append
    // the scores you keep, return `kept`) and the caller would have to take
    // the result back. Here change the caller's Vec through the `&mut`
    // borrow: keep the scores that are `>= min`, in their order
    // (`Vec::retain` does it in one line).
    todo!()
}
