//! What the chapter says about `VecDeque`, each a test.

use std::collections::VecDeque;

// ANCHOR: both_ends
#[test]
fn a_vec_deque_pushes_and_pops_at_both_ends() {
    let mut queue = VecDeque::new();
    queue.push_back(2);
    queue.push_back(3);
    queue.push_front(1);
    assert_eq!(queue, [1, 2, 3]);
    assert_eq!(queue.pop_front(), Some(1));
    assert_eq!(queue.pop_back(), Some(3));
    assert_eq!(queue.pop_back(), Some(2));
    assert_eq!(queue.pop_front(), None); // empty: None, no panic
}
// ANCHOR_END: both_ends

// ANCHOR: rotate
#[test]
fn rotate_left_is_go_s_ring_move() {
    let mut ring: VecDeque<i32> = (1..=5).collect();
    ring.rotate_left(2); // r.Move(2)
    assert_eq!(ring, [3, 4, 5, 1, 2]);
    ring.rotate_right(2); // r.Move(-2)
    assert_eq!(ring, [1, 2, 3, 4, 5]);
}
// ANCHOR_END: rotate

// ANCHOR: contiguous
#[test]
fn a_wrapped_deque_is_two_slices_until_made_contiguous() {
    let mut queue = VecDeque::with_capacity(4);
    queue.extend([1, 2, 3, 4]);
    queue.pop_front();
    queue.push_back(5); // goes into the slot 1 left free
    let (front, back) = queue.as_slices();
    assert_eq!(front.len() + back.len(), 4);
    // one slice, in order, without allocating: ready to sort
    let all = queue.make_contiguous();
    assert_eq!(all, [2, 3, 4, 5]);
    all.sort_by(|a, b| b.cmp(a));
    assert_eq!(queue, [5, 4, 3, 2]);
}
// ANCHOR_END: contiguous

// ANCHOR: last_n
#[test]
fn a_vec_deque_keeps_the_last_n_when_the_oldest_is_popped_first() {
    let mut last = VecDeque::with_capacity(3);
    for line in ["boot", "listen", "accept", "close"] {
        if last.len() == 3 {
            last.pop_front(); // drop the oldest
        }
        last.push_back(line);
    }
    assert_eq!(last, ["listen", "accept", "close"]);
}
// ANCHOR_END: last_n
