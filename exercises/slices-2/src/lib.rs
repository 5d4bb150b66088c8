//! Compacting a list: consecutive duplicates, a range, every value's first
//! occurrence, and a split.
//!
//! Go 1.19 writes each of these as a loop over the slice (Go 1.21 added
//! `slices.Compact` and `slices.Delete`). Each function here borrows the
//! caller's `Vec` mutably and changes it in place.
//!
//! Run the tests with `cargo test -p slices-2`; ask for a hint with
//! `cargo course hint slices-2`.

/// Removes every item equal to the one just before it, so that each run of
/// equal items leaves one: Go 1.21's `slices.Compact`.
pub fn compact(items: &mut Vec<i32>) {
    // TODO: this is Go 1.21's `s = slices.Compact(s)`, or in Go 1.19 the
    // loop that appends a value unless it equals the last one kept. Only
    // *consecutive* repeats go: [1 1 2 1] becomes [1 2 1], not [1 2].
    todo!()
}

/// Removes `items[start..end]` (`end` excluded, as in Go's `s[start:end]`)
/// and returns the removed items in order; `None`, and nothing changes,
/// when `start > end` or `end > items.len()`.
pub fn delete_range(items: &mut Vec<i32>, start: usize, end: usize) -> Option<Vec<i32>> {
    // TODO: this is Go's `s = append(s[:start], s[end:]...)` (Go 1.21:
    // `slices.Delete(s, start, end)`), keeping a copy of `s[start:end]`
    // first. Go panics on a bad range; return `None` instead. `end` may be
    // `items.len()`: `s[start:len(s)]` is a valid Go slice, and `end` itself
    // is not removed.
    todo!()
}

/// Removes every item that appeared earlier in the list, so that each
/// value is left once, at its first position; the order of what stays is
/// kept.
pub fn keep_first_occurrences(items: &mut Vec<i32>) {
    // TODO: in Go you would keep a `seen := map[int]bool{}` and filter in
    // place with `kept := s[:0]`, appending a value the first time you see
    // it. Here a set of the values seen so far does the same; keep the
    // order (sorting first would lose it).
    todo!()
}

/// Keeps the first `n` items and returns the rest, in order; returns an
/// empty Vec when there are `n` items or fewer.
pub fn split_after(items: &mut Vec<i32>, n: usize) -> Vec<i32> {
    // TODO: in Go: `rest := append([]int(nil), s[n:]...)` then `s = s[:n]`
    // (and Go panics when `n > len(s)`). Move the tail out into a new Vec
    // and leave the first `n` items in the caller's; never panic.
    todo!()
}
