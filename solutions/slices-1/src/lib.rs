//! Deleting from a list: by index, by value, by predicate, keeping the
//! order of what stays.
//!
//! In Go each of these is an `append(s[:i], s[i+1:]...)` or a filter loop,
//! and the caller must take the returned slice back. Here each function
//! borrows the caller's `Vec` mutably and changes it in place, and returns
//! what it removed.

/// Removes the item at `index` and returns it, keeping the order of the
/// others; `None`, and nothing changes, when `index` is past the end.
pub fn delete_at(items: &mut Vec<i32>, index: usize) -> Option<i32> {
    if index < items.len() {
        Some(items.remove(index))
    } else {
        None
    }
}

/// Removes the first item equal to `value`, keeping the order of the
/// others; returns whether one was removed.
pub fn delete_first(items: &mut Vec<i32>, value: i32) -> bool {
    match items.iter().position(|&item| item == value) {
        Some(index) => {
            items.remove(index);
            true
        }
        None => false,
    }
}

/// Removes every item equal to `value`, keeping the order of the others;
/// returns how many it removed.
pub fn delete_all(items: &mut Vec<i32>, value: i32) -> usize {
    let before = items.len();
    items.retain(|&item| item != value);
    before - items.len()
}

/// Removes every item for which `remove` is true and returns them, in
/// their order; the items that stay keep theirs.
pub fn take_where(items: &mut Vec<i32>, mut remove: impl FnMut(i32) -> bool) -> Vec<i32> {
    let mut taken = Vec::new();
    items.retain(|&item| {
        if remove(item) {
            taken.push(item);
            false
        } else {
            true
        }
    });
    taken
}
