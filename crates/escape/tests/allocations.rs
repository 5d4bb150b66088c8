//! What each port allocates, counted, and what it returns.

use escape::shapes::{
    Point, boxed_counter, counter, leftmost, new_point, new_point_boxed, sum_fixed, sum_sized,
    sum_sized_iter,
};

// ANCHOR: count
#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

#[test]
fn a_value_returned_by_value_is_not_allocated() {
    let (p, seen) = allocount::count(new_point);
    assert_eq!(p, Point { x: 1, y: 2 });
    assert_eq!(seen.count, 0);
}
// ANCHOR_END: count

#[test]
fn a_box_is_one_allocation() {
    let (p, seen) = allocount::count(new_point_boxed);
    assert_eq!(*p, Point { x: 1, y: 2 });
    assert_eq!(seen.count, 1);
    assert_eq!(seen.bytes, size_of::<Point>() as u64);
}

#[test]
fn an_array_stays_on_the_stack_and_a_vec_does_not() {
    let (total, seen) = allocount::count(sum_fixed);
    assert_eq!((total, seen.count), (28, 0));
    let (total, seen) = allocount::count(|| sum_sized(100));
    assert_eq!((total, seen.count), (4950, 1));
    let (total, seen) = allocount::count(|| sum_sized_iter(100));
    assert_eq!((total, seen.count), (4950, 0));
}

#[test]
fn a_boxed_closure_allocates_and_an_impl_closure_does_not() {
    let (mut boxed, seen) = allocount::count(boxed_counter);
    assert_eq!(seen.count, 1);
    assert_eq!((boxed(), boxed()), (1, 2));
    let (mut plain, seen) = allocount::count(counter);
    assert_eq!(seen.count, 0);
    assert_eq!((plain(), plain(), plain()), (1, 2, 3));
}

#[test]
fn a_returned_reference_points_into_the_callers_data() {
    let points = [Point { x: 3, y: 0 }, Point { x: -1, y: 5 }];
    let (left, seen) = allocount::count(|| leftmost(&points));
    assert_eq!(seen.count, 0);
    assert!(std::ptr::eq(left.unwrap(), &points[1]));
}
