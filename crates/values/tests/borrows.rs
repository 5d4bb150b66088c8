//! What the chapter says about borrows that compile, each a test (those
//! that do not compile are in `compile_fail/`, checked by
//! `cargo course verify`).

/// A borrow ends at its last use, so a `push` after it compiles: the
/// reordered version of `compile_fail/push_while_borrowed.rs`.
#[test]
fn a_push_after_the_last_use_of_a_borrow_compiles() {
    let mut s = vec![0, 0, 0];
    let first = &s[0];
    assert_eq!(*first, 0);
    s.push(6); // `first` is not used after this line: its borrow has ended
    assert_eq!(s, [0, 0, 0, 6]);
}

/// `&mut v[1..3]` lends part of a Vec, and a `&mut Vec<i32>` is accepted
/// where a `&mut [i32]` is wanted.
#[test]
fn a_mutable_slice_borrows_a_part_or_the_whole_vec() {
    fn double(s: &mut [i32]) {
        for v in s {
            *v *= 2;
        }
    }
    let mut v = vec![1, 2, 3, 4];
    double(&mut v[1..3]);
    assert_eq!(v, [1, 4, 6, 4]);
    double(&mut v);
    assert_eq!(v, [2, 8, 12, 8]);
}

/// A `HashMap::new()` is empty, usable at once, and has allocated nothing.
#[test]
fn a_new_hash_map_is_empty_and_usable() {
    let mut visits: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
    assert_eq!(visits.capacity(), 0);
    *visits.entry("/home").or_insert(0) += 1;
    assert_eq!(visits["/home"], 1);
}
