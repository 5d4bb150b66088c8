//! What the chapter says about the Vec's removal methods, each a test.

use std::rc::Rc;

/// `remove` shifts the tail left, keeps the order and returns the element;
/// `swap_remove` moves the last element into the hole.
#[test]
fn remove_keeps_the_order_and_swap_remove_does_not() {
    let mut v = vec![10, 20, 30, 40, 50];
    assert_eq!(v.remove(1), 20);
    assert_eq!(v, [10, 30, 40, 50]);
    assert_eq!(v.swap_remove(0), 10);
    assert_eq!(v, [50, 30, 40]);
}

/// An index past the end panics, where Go's `s[i+1:]` would panic too.
#[test]
#[should_panic(expected = "removal index (is 3) should be < len (is 3)")]
fn remove_past_the_end_panics() {
    let mut v = vec![1, 2, 3];
    v.remove(3);
}

/// `retain` visits each element once, in order, and keeps the order of
/// those it keeps; `retain_mut` may change them on the way.
#[test]
fn retain_keeps_the_order_and_retain_mut_can_change_what_it_keeps() {
    let mut v = vec![1, 2, 2, 3, 4, 4, 5];
    let mut visited = Vec::new();
    v.retain(|&x| {
        visited.push(x);
        x % 2 == 1
    });
    assert_eq!(v, [1, 3, 5]);
    assert_eq!(visited, [1, 2, 2, 3, 4, 4, 5]);

    v.retain_mut(|x| {
        *x *= 10;
        *x != 30
    });
    assert_eq!(v, [10, 50]);
}

/// `drain(i..j)` removes `v[i..j]` (exclusive of `j`, as Go's `s[i:j]`)
/// and yields it; dropped unread, it still removes the range.
#[test]
fn drain_removes_a_half_open_range_even_when_not_read() {
    let mut v = vec![0, 1, 2, 3, 4, 5, 6];
    let cut: Vec<i32> = v.drain(1..3).collect();
    assert_eq!((cut, &v), (vec![1, 2], &vec![0, 3, 4, 5, 6]));
    v.drain(..2);
    assert_eq!(v, [4, 5, 6]);
    v.drain(1..=1);
    assert_eq!(v, [4, 6], "an inclusive range `1..=1` removes one element");
}

/// `dedup` removes only *consecutive* repeats; a set removes them all.
#[test]
fn dedup_removes_only_consecutive_repeats() {
    let mut v = vec![1, 1, 2, 2, 2, 1, 3, 3];
    v.dedup();
    assert_eq!(v, [1, 2, 1, 3]);
    let mut temps = vec![21, 23, 34, 38, 31, 12];
    temps.dedup_by_key(|t| *t / 10);
    assert_eq!(temps, [21, 34, 12], "dedup_by_key keeps the first of a run");
}

/// `truncate` keeps the capacity and does nothing when the Vec is already
/// shorter; `split_off` moves the tail into a new Vec.
#[test]
fn truncate_and_split_off() {
    let mut v = Vec::with_capacity(10);
    v.extend([1, 2, 3, 4, 5]);
    v.truncate(3);
    assert_eq!((v.as_slice(), v.capacity()), (&[1, 2, 3][..], 10));
    v.truncate(8);
    assert_eq!(v, [1, 2, 3]);
    let tail = v.split_off(1);
    assert_eq!((v, tail), (vec![1], vec![2, 3]));
}

/// `split_off` past the end panics: clamp the index first.
#[test]
#[should_panic]
fn split_off_past_the_end_panics() {
    let mut v = vec![1, 2, 3];
    let _ = v.split_off(4);
}

// ANCHOR: dropped
/// A removed element is dropped at once, where Go 1.19's delete leaves a
/// copy in the array's tail (which keeps what it points to alive).
#[test]
fn removed_elements_are_dropped_at_once() {
    let shared = Rc::new("big");
    let mut v: Vec<Rc<&str>> = (0..4).map(|_| Rc::clone(&shared)).collect();
    assert_eq!(Rc::strong_count(&shared), 5);
    v.remove(0);
    v.truncate(1);
    assert_eq!(
        Rc::strong_count(&shared),
        2,
        "only `shared` and v[0] are left"
    );
    assert_eq!(v.capacity(), 4, "the buffer stays; the elements are gone");
}
// ANCHOR_END: dropped
