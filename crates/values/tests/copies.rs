//! What the chapter says about copies, moves and clones, each a test.

use std::mem::size_of;

use values::copies::{Point, Team};

// ANCHOR: copy
#[test]
fn a_copy_type_is_copied_and_the_original_stays_usable() {
    let a = Point { x: 1, y: 2 };
    let mut b = a; // a copy, as in Go
    b.x = 10;
    assert_eq!((a.x, b.x), (1, 10));
}
// ANCHOR_END: copy

// ANCHOR: clone_and_move
#[test]
fn a_clone_is_deep_and_a_move_copies_only_the_header() {
    let a = Team::new("gophers", &["ann", "bo"]);
    let mut b = a.clone(); // a new String and a new Vec: nothing is shared
    b.members[0] = "al".to_owned();
    b.members.push("cy".to_owned());
    assert_eq!(a.members, ["ann", "bo"]);
    assert_ne!(a.members.as_ptr(), b.members.as_ptr());

    let buffer = a.members.as_ptr();
    let c = a; // a move: the Vec's header is copied, its elements stay put
    assert_eq!(c.members.as_ptr(), buffer);
    // `a` cannot be used any more: `a.members` here is error E0382.
}
// ANCHOR_END: clone_and_move

/// `Vec` documents itself as "a (pointer, capacity, length) triplet", the
/// same three words as Go's slice header; a `&[i32]` is a pointer and a
/// length.
#[test]
fn a_vec_is_three_words_and_a_slice_borrow_two() {
    assert_eq!(size_of::<Vec<i32>>(), 3 * size_of::<usize>());
    assert_eq!(size_of::<&[i32]>(), 2 * size_of::<usize>());
    assert_eq!(size_of::<&mut Vec<i32>>(), size_of::<usize>());
}

/// A `&mut` borrow writes the caller's value; a call with a copy does not.
#[test]
fn a_mutable_borrow_writes_the_callers_value() {
    fn move_right(p: &mut Point) {
        p.x += 1;
    }
    fn moved_right(mut p: Point) -> Point {
        p.x += 1;
        p
    }
    let mut p = Point { x: 0, y: 0 };
    let q = moved_right(p); // p is Copy: the function gets a copy
    assert_eq!((p.x, q.x), (0, 1));
    move_right(&mut p);
    assert_eq!(p.x, 1);
}
