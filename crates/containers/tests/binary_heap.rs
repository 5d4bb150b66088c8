//! What the chapter says about `BinaryHeap`, each a test.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use containers::jobs::Job;

// ANCHOR: max_and_min
#[test]
fn a_binary_heap_pops_the_greatest_and_reverse_the_smallest() {
    let mut max = BinaryHeap::from([5, 2, 8, 1]);
    assert_eq!(max.peek(), Some(&8)); // peek looks, pop takes
    assert_eq!(max.pop(), Some(8));
    assert_eq!(max.pop(), Some(5));

    let mut min = BinaryHeap::from([5, 2, 8, 1].map(Reverse));
    assert_eq!(min.pop(), Some(Reverse(1)));
    assert_eq!(min.peek(), Some(&Reverse(2)));
}
// ANCHOR_END: max_and_min

// ANCHOR: sorted
#[test]
fn into_sorted_vec_is_ascending_and_iter_is_in_no_order() {
    let heap = BinaryHeap::from([5, 2, 8, 1, 9]);
    // iter() and into_vec() walk the heap's array in heap
    // order: here the greatest first, then not sorted.
    let walked: Vec<i32> = heap.iter().copied().collect();
    assert_eq!(walked[0], 9);
    assert_ne!(walked, [9, 8, 5, 2, 1]);
    // into_sorted_vec sorts ascending: the reverse of pop order.
    assert_eq!(heap.into_sorted_vec(), [1, 2, 5, 8, 9]);
}
// ANCHOR_END: sorted

// ANCHOR: derived_ord
/// The same job, with `Ord` derived: fields compare in
/// declaration order, so `name` decides before `priority`.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct DerivedJob {
    name: String,
    priority: u32,
}

#[test]
fn a_derived_ord_compares_the_first_field_first() {
    let mut queue = BinaryHeap::new();
    for (name, priority) in [("build", 5), ("email", 3)] {
        let name = name.to_owned();
        queue.push(DerivedJob { name, priority });
    }
    // "email" > "build": the priority-3 job pops first.
    assert_eq!(queue.pop().map(|job| job.priority), Some(3));
}
// ANCHOR_END: derived_ord

// ANCHOR: ord_on_a_key
#[test]
fn an_ord_on_the_priority_pops_the_highest_priority_first() {
    let mut queue = BinaryHeap::from([
        Job::new("email", 3),
        Job::new("build", 5),
        Job::new("backup", 1),
    ]);
    let order: Vec<String> = std::iter::from_fn(|| queue.pop())
        .map(|job| job.name)
        .collect();
    assert_eq!(order, ["build", "email", "backup"]);
}
// ANCHOR_END: ord_on_a_key

/// `Job`'s tie rule: between equal priorities the name that sorts first
/// is the greater, so it pops first.
#[test]
fn jobs_of_equal_priority_pop_in_name_order() {
    let mut queue = BinaryHeap::from([Job::new("b", 2), Job::new("c", 2), Job::new("a", 2)]);
    let order: Vec<String> = std::iter::from_fn(|| queue.pop())
        .map(|job| job.name)
        .collect();
    assert_eq!(order, ["a", "b", "c"]);
    assert_eq!(
        Job::new("a", 2).partial_cmp(&Job::new("b", 2)),
        Some(std::cmp::Ordering::Greater)
    );
}

// ANCHOR: peek_mut
#[test]
fn peek_mut_changes_the_top_and_the_heap_reorders_itself() {
    let mut queue = BinaryHeap::from([Job::new("build", 5), Job::new("email", 3)]);
    if let Some(mut top) = queue.peek_mut() {
        top.priority = 1; // the heap sifts it down when `top` is dropped
    }
    assert_eq!(queue.pop().map(|job| job.name), Some("email".to_owned()));
}
// ANCHOR_END: peek_mut

/// Go's `heap.Fix` on a job in the middle: `retain` it out and push it back
/// changed (O(n) for the `retain`, where Go's `Fix` is O(log n)).
#[test]
fn a_changed_priority_is_a_retain_and_a_push() {
    let mut queue = BinaryHeap::from([
        Job::new("email", 3),
        Job::new("build", 5),
        Job::new("backup", 1),
    ]);
    queue.retain(|job| job.name != "backup");
    queue.push(Job::new("backup", 9));
    assert_eq!(queue.len(), 3);
    assert_eq!(queue.pop().map(|job| job.name), Some("backup".to_owned()));
}
