//! Go's builtins and runtime panics, written as Rust methods that say
//! "cannot" with an `Option` instead of panicking.
//!
//! Go's `copy` copies as many elements as fit; Rust's `copy_from_slice`
//! wants two slices of one length. Go's `s[i]`, `a / b` and
//! `append(s[:i], s[i+1:]...)` panic on a bad index or a zero divisor;
//! Rust's own operators panic too, and each has a method that returns an
//! `Option` instead: `get`, `checked_div`.
//!
//! Run the tests with `cargo test -p builtin-1`; ask for a hint with
//! `cargo course hint builtin-1`.

/// Copies as many elements as fit from `src` into the front of `dst`
/// (the shorter length of the two) and returns how many it copied: Go's
/// `n := copy(dst, src)`.
pub fn copy_into(dst: &mut [i32], src: &[i32]) -> usize {
    // TODO: this is Go's `n := copy(dst, src)`: it copies
    // min(len(dst), len(src)) values and returns how many. Rust's
    // `dst.copy_from_slice(src)` panics unless both have the same length:
    // work out how many fit, then copy between two sub-slices of that
    // length (`dst[..n]`, `src[..n]`).
    todo!()
}

/// Appends every value of `more` to `values`, in order: Go's
/// `values = append(values, more...)`.
pub fn append_all(values: &mut Vec<i32>, more: &[i32]) {
    // TODO: Go's `values = append(values, more...)`. A `&mut Vec<i32>` is
    // the caller's own Vec: extend it (look at `extend_from_slice`).
    todo!()
}

/// The value at `index`, or `None` when the index is out of range (where
/// Go's `values[index]` panics).
pub fn get(values: &[i32], index: usize) -> Option<i32> {
    // TODO: Go's `values[index]` panics when the index is out of range; it
    // would need `if index < len(values)` first. The slice method `get`
    // checks for you and returns an `Option<&i32>`.
    todo!()
}

/// Removes the value at `index` and returns it, keeping the others in
/// their order: Go's `values = append(values[:i], values[i+1:]...)`.
/// `None`, and nothing removed, when the index is out of range.
pub fn remove_at(values: &mut Vec<i32>, index: usize) -> Option<i32> {
    // TODO: Go's `values = append(values[:i], values[i+1:]...)`, which
    // panics when `i` is out of range. Check the index first and return
    // `None` if it is past the end; otherwise remove the value with a Vec
    // method that keeps the others in order, and return it.
    todo!()
}

/// `a / b`, rounded toward zero, or `None` when it has no `i32` answer:
/// when `b` is 0 (Go panics), and for `i32::MIN / -1` (Go returns
/// `i32::MIN`, the true answer wrapped around).
pub fn checked_div(a: i32, b: i32) -> Option<i32> {
    // TODO: Go's `a / b` panics when b is 0 and silently wraps
    // `math.MinInt32 / -1` back to `math.MinInt32`. Return `None` in both
    // cases: look at the integer methods whose names start with
    // `checked_`.
    todo!()
}
