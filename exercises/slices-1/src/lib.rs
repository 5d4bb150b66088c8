//! Deleting from a list: by index, by value, by predicate, keeping the
//! order of what stays.
//!
//! In Go each of these is an `append(s[:i], s[i+1:]...)` or a filter loop,
//! and the caller must take the returned slice back. Here each function
//! borrows the caller's `Vec` mutably and changes it in place, and returns
//! what it removed.
//!
//! Run the tests with `cargo test -p slices-1`; ask for a hint with
//! `cargo course hint slices-1`.

/// Removes the item at `index` and returns it, keeping the order of the
/// others; `None`, and nothing changes, when `index` is past the end.
pub fn delete_at(items: &mut Vec<i32>, index: usize) -> Option<i32> {
    // TODO: this is Go's `s = append(s[:i], s[i+1:]...)`, after reading
    // `s[i]`. Go panics when `i` is out of range; return `None` instead, and
    // only remove when `index` is a valid index (careful: `items.len()` is
    // not one). Keep the order: Go's quick delete (`s[i] = s[len(s)-1]`)
    // does not.
    todo!()
}

/// Removes the first item equal to `value`, keeping the order of the
/// others; returns whether one was removed.
pub fn delete_first(items: &mut Vec<i32>, value: i32) -> bool {
    // TODO: in Go you would loop to find the index, then
    // `append(s[:i], s[i+1:]...)` and `break`. Find the first position
    // of `value`, remove only that one, and say whether there was one.
    todo!()
}

/// Removes every item equal to `value`, keeping the order of the others;
/// returns how many it removed.
pub fn delete_all(items: &mut Vec<i32>, value: i32) -> usize {
    // TODO: in Go, deleting inside `for i := 0; i < len(s); i++` skips the
    // item that moves into the deleted one's place, so two equal items in
    // a row survive; the Go fix is the filter loop `kept := s[:0]`. Remove
    // every `value` in one pass, and return how many went.
    todo!()
}

/// Removes every item for which `remove` is true and returns them, in
/// their order; the items that stay keep theirs.
pub fn take_where(items: &mut Vec<i32>, remove: impl FnMut(i32) -> bool) -> Vec<i32> {
    // TODO: Go would build two slices in one `for _, v := range s` loop:
    // the taken ones, and `kept := s[:0]` for the rest, and return both.
    // Here change the caller's Vec itself (not a copy of it) so that it
    // keeps only the items `remove` says no to, and return the others.
    todo!()
}
