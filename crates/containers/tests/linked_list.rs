//! What the chapter says about `LinkedList`, each a test.

use std::collections::LinkedList;

// ANCHOR: extract_if
#[test]
fn extract_if_removes_from_the_middle_in_one_walk() {
    let mut list: LinkedList<i32> = (1..=6).collect();
    // Stable since Rust 1.87: unlinks each match as it walks.
    let evens: Vec<i32> = list.extract_if(|n| *n % 2 == 0).collect();
    assert_eq!(evens, [2, 4, 6]);
    assert_eq!(list.into_iter().collect::<Vec<_>>(), [1, 3, 5]);
}
// ANCHOR_END: extract_if

// ANCHOR: split_off
#[test]
fn removing_the_element_at_an_index_is_a_split_and_an_append() {
    let mut list: LinkedList<i32> = (1..=5).collect();
    // LinkedList::remove(at) is unstable: walk to `at` instead.
    let mut tail = list.split_off(2); // O(n): walks to index 2
    let removed = tail.pop_front();
    list.append(&mut tail); // O(1)
    assert_eq!(removed, Some(3));
    assert_eq!(list.into_iter().collect::<Vec<_>>(), [1, 2, 4, 5]);
}
// ANCHOR_END: split_off

#[test]
fn a_linked_list_pushes_and_pops_at_both_ends() {
    let mut list = LinkedList::from([2]);
    list.push_front(1);
    list.push_back(3);
    assert_eq!(list.front(), Some(&1));
    assert_eq!(list.back(), Some(&3));
    assert_eq!(list.pop_back(), Some(3));
    assert_eq!(list.len(), 2);
}
