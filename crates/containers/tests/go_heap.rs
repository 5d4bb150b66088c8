//! The port of Go's heap functions behaves as Go's does, mistakes included.

use std::collections::BinaryHeap;

use containers::go_heap;

#[test]
fn init_then_pop_gives_ascending_order() {
    let mut h = vec![5, 2, 8, 1, 9, 3, 7];
    go_heap::init(&mut h);
    assert_eq!(h[0], 1);
    assert_eq!(go_heap::drain(&mut h), [1, 2, 3, 5, 7, 8, 9]);
    assert_eq!(go_heap::pop(&mut h), None, "an empty heap pops None");
}

#[test]
fn pushes_alone_build_a_heap() {
    let mut h = Vec::new();
    for x in [4, 9, 1, 7, 1, 3] {
        go_heap::push(&mut h, x);
    }
    assert_eq!(go_heap::drain(&mut h), [1, 1, 3, 4, 7, 9]);
}

/// The Go program's first mistake: a push onto a slice that was never
/// `Init`ed does not give sorted pops.
#[test]
fn without_init_the_pops_are_not_sorted() {
    let mut h = vec![5, 2, 8, 1, 9];
    go_heap::push(&mut h, 3);
    assert_eq!(go_heap::drain(&mut h), [3, 2, 1, 5, 8, 9]);
}

/// The Go program's second mistake: the slice's own pop takes the last
/// element of the heap's array, not the smallest.
#[test]
fn the_vecs_own_pop_takes_the_last_element() {
    let mut h = vec![5, 2, 8, 1, 9];
    go_heap::init(&mut h);
    assert_eq!(h, [1, 2, 8, 5, 9]);
    assert_eq!(h.pop(), Some(9));
}

/// `fix` after a change, up or down, restores the order.
#[test]
fn fix_restores_the_order_after_a_change() {
    let mut h = vec![1, 2, 3, 4, 5, 6];
    go_heap::init(&mut h);
    let last = h.len() - 1;
    h[last] = 0; // smaller: must move up
    go_heap::fix(&mut h, last);
    h[0] = 10; // greater: must move down
    go_heap::fix(&mut h, 0);
    assert_eq!(go_heap::drain(&mut h), [1, 2, 3, 4, 5, 10]);
}

/// The model pops in the order of `BinaryHeap::into_sorted_vec`: ascending.
#[test]
fn the_model_pops_what_binary_heap_pops_in_reverse() {
    let values = [13, 2, 21, 8, 5, 34, 1, 3];
    let mut h = values.to_vec();
    go_heap::init(&mut h);
    let from_std = BinaryHeap::from(values).into_sorted_vec();
    assert_eq!(go_heap::drain(&mut h), from_std);
}
