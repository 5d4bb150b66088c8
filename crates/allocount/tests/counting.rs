//! The counter counts this thread's allocations and nothing else.

use std::hint::black_box;

#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

#[test]
fn a_box_is_one_allocation_of_its_size() {
    let (_, seen) = allocount::count(|| black_box(Box::new([0u8; 100])));
    assert_eq!(seen.count, 1, "Box::new allocates once");
    assert_eq!(seen.bytes, 100, "of the boxed value's size");
}

#[test]
fn arithmetic_on_the_stack_allocates_nothing() {
    let (sum, seen) = allocount::count(|| (0..1000u64).map(black_box).sum::<u64>());
    assert_eq!(sum, 499_500);
    assert_eq!(seen.count, 0, "no allocation for values on the stack");
}

#[test]
fn a_growing_vec_counts_each_reallocation_and_with_capacity_one() {
    let (_, grown) = allocount::count(|| {
        let mut v = Vec::new();
        for i in 0..1000u32 {
            v.push(black_box(i));
        }
        v
    });
    let (_, reserved) = allocount::count(|| {
        let mut v = Vec::with_capacity(1000);
        for i in 0..1000u32 {
            v.push(black_box(i));
        }
        v
    });
    assert!(
        grown.count > 1,
        "push past the capacity reallocates: {grown:?}"
    );
    assert_eq!(
        reserved.count, 1,
        "with_capacity allocates once: {reserved:?}"
    );
}

#[test]
fn another_threads_allocations_are_not_counted() {
    let (_, seen) = allocount::count(|| {
        std::thread::scope(|s| {
            s.spawn(|| black_box(vec![0u8; 4096])).join().unwrap();
        })
    });
    // Spawning allocates on this thread (the thread's name, its handle), but
    // the 4096-byte vector was allocated on the other one.
    assert!(
        seen.bytes < 4096,
        "the other thread's vector was counted: {seen:?}"
    );
}
