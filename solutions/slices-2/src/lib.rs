//! Compacting a list: consecutive duplicates, a range, every value's first
//! occurrence, and a split.
//!
//! Go 1.19 writes each of these as a loop over the slice (Go 1.21 added
//! `slices.Compact` and `slices.Delete`). Each function here borrows the
//! caller's `Vec` mutably and changes it in place.

use std::collections::HashSet;

/// Removes every item equal to the one just before it, so that each run of
/// equal items leaves one: Go 1.21's `slices.Compact`.
pub fn compact(items: &mut Vec<i32>) {
    items.dedup();
}

/// Removes `items[start..end]` (`end` excluded, as in Go's `s[start:end]`)
/// and returns the removed items in order; `None`, and nothing changes,
/// when `start > end` or `end > items.len()`.
pub fn delete_range(items: &mut Vec<i32>, start: usize, end: usize) -> Option<Vec<i32>> {
    if start > end || end > items.len() {
        return None;
    }
    Some(items.drain(start..end).collect())
}

/// Removes every item that appeared earlier in the list, so that each
/// value is left once, at its first position; the order of what stays is
/// kept.
pub fn keep_first_occurrences(items: &mut Vec<i32>) {
    let mut seen = HashSet::new();
    items.retain(|&item| seen.insert(item));
}

/// Keeps the first `n` items and returns the rest, in order; returns an
/// empty Vec when there are `n` items or fewer.
pub fn split_after(items: &mut Vec<i32>, n: usize) -> Vec<i32> {
    items.split_off(n.min(items.len()))
}
