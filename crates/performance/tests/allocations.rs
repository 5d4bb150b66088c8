//! What each builder and each way of filling a vector allocates, counted
//! with the course's allocator: counts, never times.

use performance::{builders, growth};

#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

fn parts() -> Vec<String> {
    (0..100).map(|i| format!("part{i}")).collect()
}

#[test]
fn every_builder_builds_the_same_string() {
    let owned = parts();
    let parts: Vec<&str> = owned.iter().map(String::as_str).collect();
    let expected = builders::plus_assign(&parts);
    assert!(expected.starts_with("part0,part1,") && expected.ends_with("part99,"));
    assert_eq!(builders::format_each(&parts), expected);
    assert_eq!(builders::write_each(&parts), expected);
    assert_eq!(builders::with_capacity(&parts), expected);
    assert_eq!(builders::joined(&parts) + ",", expected);
}

// ANCHOR: counts
#[test]
fn a_sized_string_allocates_once_and_format_once_per_part() {
    let owned = parts();
    let parts: Vec<&str> = owned.iter().map(String::as_str).collect();
    let (_, sized) = allocount::count(|| builders::with_capacity(&parts));
    assert_eq!(sized.count, 1);
    let (_, joined) = allocount::count(|| builders::joined(&parts));
    assert_eq!(joined.count, 1);
    // `+=` grows one buffer by doubling: a handful of allocations.
    let (built, appended) = allocount::count(|| builders::plus_assign(&parts));
    assert!(appended.count <= 1 + built.len().ilog2() as u64);
    // `format!` makes a new string for every part, at least.
    let (_, formatted) = allocount::count(|| builders::format_each(&parts));
    assert!(formatted.count >= parts.len() as u64);
}
// ANCHOR_END: counts

#[test]
fn with_capacity_allocates_once_and_growing_allocates_log_n_times() {
    let (v, made) = allocount::count(|| growth::preallocated(1000));
    assert_eq!((v.len(), made.count), (1000, 1));
    let (v, collected) = allocount::count(|| growth::collected(1000));
    assert_eq!((v.len(), collected.count), (1000, 1));
    let (v, grown) = allocount::count(|| growth::grow(1000));
    assert_eq!(v, growth::preallocated(1000));
    // 4, 8, ... 1024: one allocation and eight reallocations.
    assert_eq!(grown.count, 9);
    assert_eq!(growth::capacities(1000).len(), 9);
}

#[test]
fn an_empty_vec_does_not_allocate() {
    let (_, seen) = allocount::count(|| growth::preallocated(0));
    assert_eq!(seen.count, 0, "Vec::with_capacity(0) allocates nothing");
}
