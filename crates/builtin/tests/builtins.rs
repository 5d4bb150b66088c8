//! Go's builtins as Rust methods, and where the two disagree.

use std::collections::HashMap;
use std::panic;

// ANCHOR: copy_lengths
#[test]
fn copy_from_slice_panics_when_the_lengths_differ() {
    let src = [1, 2, 3, 4, 5];
    let mut dst = [0; 3];
    // Go's copy(dst, src) copies 3 and returns 3;
    // copy_from_slice refuses
    let result = panic::catch_unwind(move || {
        dst.copy_from_slice(&src);
        dst
    });
    assert!(result.is_err());
    // say how many, as Go's copy decides for you
    let mut dst = [0; 3];
    let n = dst.len().min(src.len());
    dst[..n].copy_from_slice(&src[..n]);
    assert_eq!(dst, [1, 2, 3]);
}
// ANCHOR_END: copy_lengths

#[test]
fn clone_from_slice_copies_values_that_are_not_copy() {
    let src = ["a".to_owned(), "b".to_owned()];
    let mut dst = [String::new(), String::new()];
    dst.clone_from_slice(&src);
    assert_eq!(dst, src);
}

// ANCHOR: remove
#[test]
fn remove_returns_what_it_removed() {
    let mut ages = HashMap::from([("ann", 31), ("bo", 42)]);
    // Go's delete returns nothing
    assert_eq!(ages.remove("bo"), Some(42));
    assert_eq!(ages.remove("cy"), None);
    let mut v = vec![1, 2, 3, 4];
    // remove keeps the order, swap_remove does not
    assert_eq!(v.remove(1), 2);
    assert_eq!(v, [1, 3, 4]);
    assert_eq!(v.swap_remove(0), 1);
    assert_eq!(v, [4, 3]);
}
// ANCHOR_END: remove

#[test]
fn len_and_capacity() {
    let v: Vec<i32> = Vec::with_capacity(10);
    assert_eq!(v.len(), 0);
    assert!(v.capacity() >= 10);
    // len of a str is its length in bytes, as in Go
    assert_eq!("héllo".len(), 6);
    assert_eq!("héllo".chars().count(), 5);
    let m = HashMap::from([(1, 'a')]);
    assert_eq!(m.len(), 1);
}

// ANCHOR: division
#[test]
fn division_overflow_panics_where_go_wraps() {
    let (min, minus_one) = (std::hint::black_box(i32::MIN), std::hint::black_box(-1));
    // Go: math.MinInt32 / -1 == math.MinInt32, no panic
    assert!(panic::catch_unwind(|| min / minus_one).is_err());
    assert_eq!(min.checked_div(minus_one), None);
    assert_eq!(min.wrapping_div(minus_one), i32::MIN);
    // division by zero panics in both languages
    let zero = std::hint::black_box(0);
    assert!(panic::catch_unwind(|| 7 / zero).is_err());
    assert_eq!(7_i32.checked_div(zero), None);
}
// ANCHOR_END: division

// ANCHOR: copy_within
#[test]
fn copy_within_is_an_overlapping_copy() {
    // Go: copy(s[1:], s) shifts right by one; the
    // source and destination may overlap
    let mut s = [1, 2, 3, 4];
    s.copy_within(0..3, 1);
    assert_eq!(s, [1, 1, 2, 3]);
}
// ANCHOR_END: copy_within

// ANCHOR: clear_min_max
#[test]
fn clear_min_and_max_are_methods() {
    // Go 1.21's clear(s) zeroes the elements and
    // keeps the length: that is fill, not clear
    let mut v = vec![1, 2, 3];
    v.fill(0);
    assert_eq!(v, [0, 0, 0]);
    // Vec::clear empties it (the capacity stays)
    v.clear();
    assert!(v.is_empty() && v.capacity() >= 3);
    // clear(m) is m.clear()
    let mut ages = HashMap::from([("ann", 31)]);
    ages.clear();
    assert!(ages.is_empty());
    // Go 1.21's min(a, b) and max(a, b)
    let (a, b) = (std::hint::black_box(3), 7);
    assert_eq!(a.min(b), 3);
    assert_eq!(std::cmp::max(a, b), 7);
    // over a slice: None when it is empty
    assert_eq!([4, 9, 2].iter().max(), Some(&9));
    assert_eq!(Vec::<i32>::new().iter().min(), None);
}
// ANCHOR_END: clear_min_max
