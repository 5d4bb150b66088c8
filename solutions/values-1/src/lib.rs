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

/// The sum of the scores; 0 when there are none.
pub fn total(scores: &[i32]) -> i32 {
    scores.iter().sum()
}

/// The highest score, or `None` when there are no scores.
pub fn best(scores: &[i32]) -> Option<i32> {
    scores.iter().copied().max()
}

/// Adds `bonus` to every score, in the caller's own scores. A negative
/// bonus is a penalty.
pub fn add_bonus(scores: &mut [i32], bonus: i32) {
    for score in scores {
        *score += bonus;
    }
}

/// Appends `score` to the caller's scores.
pub fn record(scores: &mut Vec<i32>, score: i32) {
    scores.push(score);
}

/// Removes every score below `min` from the caller's scores; the scores at
/// `min` and above stay, in their order.
pub fn drop_below(scores: &mut Vec<i32>, min: i32) {
    scores.retain(|&score| score >= min);
}
