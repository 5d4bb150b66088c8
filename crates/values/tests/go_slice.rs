//! The model of Go's slice header behaves as Go 1.19 does (the outputs of
//! `go/values_header` and `go/values_slice` agree with the examples; these
//! tests check the rest).

use values::go_slice::GoSlice;

#[test]
fn an_append_that_fits_shares_the_array_and_one_that_does_not_copies_it() {
    let s = GoSlice::make(3, 4);
    let t = s.append(&[4]);
    assert!(t.shares_array_with(&s));
    assert_eq!((t.len(), t.cap()), (4, 4));
    t.set(0, 100);
    assert_eq!(s.to_vec(), [100, 0, 0]);

    let grown = t.append(&[5]);
    assert!(!grown.shares_array_with(&t));
    assert_eq!(grown.to_vec(), [100, 0, 0, 4, 5]);
    assert_eq!(
        grown.cap(),
        8,
        "a full array is replaced by one twice its size"
    );
    grown.set(0, 1);
    assert_eq!(
        t.get(0),
        100,
        "the old array no longer changes with the new one"
    );
}

#[test]
fn two_appends_on_one_header_write_the_same_slot() {
    let s = GoSlice::make(1, 2);
    let t = s.append(&[7]);
    let u = s.append(&[8]);
    assert_eq!((t.get(1), u.get(1)), (8, 8));
}

#[test]
fn a_pointer_keeps_the_old_array_alive_after_the_slice_moved() {
    let s = GoSlice::from_values(&[1, 2, 3]);
    let first = s.addr(0);
    let s = s.append(&[4]);
    s.set(0, 10);
    assert_eq!((s.get(0), first.get()), (10, 1));
    first.set(20);
    assert_eq!(s.get(0), 10);
}

#[test]
fn appending_many_to_an_empty_slice_takes_the_new_length() {
    let s = GoSlice::make(0, 0);
    assert!(s.is_empty());
    let t = s.append(&[1, 2, 3]);
    assert_eq!((t.to_vec(), t.cap()), (vec![1, 2, 3], 3));
    assert_eq!(t.to_string(), "[1 2 3]");
}

#[test]
#[should_panic(expected = "index out of range [3] with length 3")]
fn the_capacity_past_the_length_is_not_part_of_the_slice() {
    let s = GoSlice::make(3, 4);
    s.get(3);
}
