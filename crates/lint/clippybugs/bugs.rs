//! Two functions that compile, and that clippy reports: a swap that loses
//! a value (a bug: clippy's `correctness` group, an error by default) and a
//! Go-shaped loop (clumsy, not wrong: the `style` group, a warning). The
//! example `lint_vet` runs clippy on this file, then runs the functions.
//! It is not part of the crate: verify's clippy must pass on the crate.

// ANCHOR: swap
/// The two values in order, the smaller first (or so it says).
pub fn sorted_pair(mut low: i32, mut high: i32) -> (i32, i32) {
    if low > high {
        low = high;
        high = low;
    }
    (low, high)
}
// ANCHOR_END: swap

// ANCHOR: loop
/// The sum of the values, written as in Go.
pub fn total(values: &[i64]) -> i64 {
    let mut sum = 0;
    for i in 0..values.len() {
        sum += values[i];
    }
    return sum;
}
// ANCHOR_END: loop
