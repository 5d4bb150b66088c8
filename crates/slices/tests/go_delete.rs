//! The model of Go's delete and sub-slice append behaves as Go 1.19 does
//! (the Go programs and the examples print the same; these check the rest).

use slices::go_delete::{append_delete, append_within};

/// Deleting a range moves the tail and leaves the last `j - i` slots as
/// they were.
#[test]
fn a_range_delete_leaves_the_old_tail_in_place() {
    let mut array = [0, 1, 2, 3, 4, 5, 6];
    let len = append_delete(&mut array, 1, 3);
    assert_eq!(len, 5);
    assert_eq!(array, [0, 3, 4, 5, 6, 5, 6]);
}

/// Deleting nothing (`i == j`) changes nothing; deleting the last element
/// moves nothing.
#[test]
fn empty_and_last_deletes() {
    let mut array = [1, 2, 3];
    assert_eq!(append_delete(&mut array, 1, 1), 3);
    assert_eq!(append_delete(&mut array, 2, 3), 2);
    assert_eq!(array, [1, 2, 3]);
}

/// Go panics on `s[i:j]` with `j` past the length; so does the model.
#[test]
#[should_panic(expected = "slice bounds out of range")]
fn a_delete_past_the_end_panics() {
    append_delete(&mut [1, 2, 3], 2, 4);
}

/// An append into a sub-slice with room overwrites the parent's next slot.
#[test]
fn an_append_into_a_sub_slice_overwrites_the_next_slot() {
    let mut array = [1, 2, 3, 4];
    assert_eq!(append_within(&mut array, 0, 7), 1);
    assert_eq!(array, [7, 2, 3, 4]);
}

/// Without room, Go would allocate: the model refuses.
#[test]
#[should_panic(expected = "no room")]
fn an_append_without_room_is_not_modelled() {
    append_within(&mut [1, 2], 2, 3);
}
