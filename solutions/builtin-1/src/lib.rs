//! Go's builtins and runtime panics, written as Rust methods that say
//! "cannot" with an `Option` instead of panicking.
//!
//! Go's `copy` copies as many elements as fit; Rust's `copy_from_slice`
//! wants two slices of one length. Go's `s[i]`, `a / b` and
//! `append(s[:i], s[i+1:]...)` panic on a bad index or a zero divisor;
//! Rust's own operators panic too, and each has a method that returns an
//! `Option` instead: `get`, `checked_div`.

/// Copies as many elements as fit from `src` into the front of `dst`
/// (the shorter length of the two) and returns how many it copied: Go's
/// `n := copy(dst, src)`.
pub fn copy_into(dst: &mut [i32], src: &[i32]) -> usize {
    let n = dst.len().min(src.len());
    dst[..n].copy_from_slice(&src[..n]);
    n
}

/// Appends every value of `more` to `values`, in order: Go's
/// `values = append(values, more...)`.
pub fn append_all(values: &mut Vec<i32>, more: &[i32]) {
    values.extend_from_slice(more);
}

/// The value at `index`, or `None` when the index is out of range (where
/// Go's `values[index]` panics).
pub fn get(values: &[i32], index: usize) -> Option<i32> {
    values.get(index).copied()
}

/// Removes the value at `index` and returns it, keeping the others in
/// their order: Go's `values = append(values[:i], values[i+1:]...)`.
/// `None`, and nothing removed, when the index is out of range.
pub fn remove_at(values: &mut Vec<i32>, index: usize) -> Option<i32> {
    if index < values.len() {
        Some(values.remove(index))
    } else {
        None
    }
}

/// `a / b`, rounded toward zero, or `None` when it has no `i32` answer:
/// when `b` is 0 (Go panics), and for `i32::MIN / -1` (Go returns
/// `i32::MIN`, the true answer wrapped around).
pub fn checked_div(a: i32, b: i32) -> Option<i32> {
    a.checked_div(b)
}
