//! What Go's `append` does to a slice's array when it deletes, written out
//! on a Rust array.
//!
//! In Go, `t := append(s[:i], s[j:]...)` does not make a new array: `s[:i]`
//! has the capacity of `s`, so `append` copies `s[j:]` into the array
//! starting at index `i` and returns a header of length
//! `len(s) - (j - i)` on the same array. `s` still has its old length, so
//! it now shows the moved elements followed by the old last ones, which
//! are still in their slots. Likewise `append(s[:n], v)` on a sub-slice
//! with room writes `v` into the slot `s[n]` of the parent.
//!
//! These functions do exactly that to a `&mut [i32]` that stands for the
//! whole array, and return the length of the header Go's `append` would
//! return. Idiomatic Rust never needs them: a `Vec` is changed through its
//! one owner (`remove`, `drain`, `push`), and no other view of its elements
//! can be alive meanwhile.
//!
//! ```
//! use slices::go_delete::append_delete;
//!
//! let mut array = [10, 20, 30, 40, 50];
//! let t_len = append_delete(&mut array, 2, 3); // t := append(s[:2], s[3:]...)
//! assert_eq!(array[..t_len], [10, 20, 40, 50]); // t
//! assert_eq!(array, [10, 20, 40, 50, 50]); // s: same array, old length
//! ```

// ANCHOR: append_delete
/// Go's `append(s[:i], s[j:]...)` where `array` is all of `s`: moves
/// `s[j:]` to index `i`, in place, and returns the new length. The last
/// `j - i` slots keep their old values (Go 1.19 does not clear them).
///
/// # Panics
///
/// If `i > j` or `j > array.len()`, as Go's slicing does.
pub fn append_delete(array: &mut [i32], i: usize, j: usize) -> usize {
    assert!(i <= j && j <= array.len(), "slice bounds out of range");
    array.copy_within(j.., i);
    array.len() - (j - i)
}
// ANCHOR_END: append_delete

// ANCHOR: append_within
/// Go's `append(s[:n], value)` where `array` is all of `s`, and `n` is less
/// than its length: the sub-slice has room, so the value is written into
/// the parent's slot `n`. Returns the new length, `n + 1`.
///
/// # Panics
///
/// If `n >= array.len()`: then Go's `append` would allocate a new array
/// instead, which this model does not show.
pub fn append_within(array: &mut [i32], n: usize, value: i32) -> usize {
    assert!(n < array.len(), "no room: append would allocate");
    array[n] = value;
    n + 1
}
// ANCHOR_END: append_within
