//! The Rust ports of `go/escape_gcflags/shapes`: the same functions, with
//! the heap visible in their types.

// ANCHOR: point
/// A small value type: `Copy`, so it moves by copying, like a Go struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    /// Across.
    pub x: i32,
    /// Down.
    pub y: i32,
}

/// Go's `NewPoint`: returns the value itself, moved out to the caller. No
/// allocation, in Go or in Rust.
pub fn new_point() -> Point {
    Point { x: 1, y: 2 }
}

/// Go's `NewPointPtr`: Rust has no implicit "move it to the heap"; a value
/// that must outlive the call on the heap is asked for with `Box`, and the
/// type says so. (Most Rust code would return `Point` instead.)
pub fn new_point_boxed() -> Box<Point> {
    Box::new(Point { x: 1, y: 2 })
}
// ANCHOR_END: point

// ANCHOR: slices
/// Go's `SumFixed`: an array's size is part of its type, so it lives in
/// the stack frame.
pub fn sum_fixed() -> i64 {
    let mut s = [0i64; 8];
    let mut total = 0;
    for (i, slot) in s.iter_mut().enumerate() {
        *slot = i as i64;
        total += *slot;
    }
    total
}

/// Go's `SumSized`: a size known only at run time needs the heap, here as
/// in Go: a `Vec`.
pub fn sum_sized(n: usize) -> i64 {
    let mut s = vec![0i64; n];
    let mut total = 0;
    for (i, slot) in s.iter_mut().enumerate() {
        *slot = i as i64;
        total += *slot;
    }
    total
}

/// What `sum_sized` computes with no buffer at all: an iterator is a small
/// struct on the stack.
pub fn sum_sized_iter(n: usize) -> i64 {
    (0..n as i64).sum()
}
// ANCHOR_END: slices

// ANCHOR: closure
/// Go's `Counter`, ported as Go's `func() int` is: a boxed closure, a
/// pointer to a heap block that holds the captured counter.
pub fn boxed_counter() -> Box<dyn FnMut() -> i32> {
    let mut c = 0;
    Box::new(move || {
        c += 1;
        c
    })
}

/// The same closure returned as `impl FnMut`: the caller gets the closure
/// itself, a struct holding `c`, by value. No allocation.
pub fn counter() -> impl FnMut() -> i32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}
// ANCHOR_END: closure

// ANCHOR: borrow
/// Returning a reference is allowed when it points into what the caller
/// lent: the lifetime says the result lives as long as `points`.
pub fn leftmost(points: &[Point]) -> Option<&Point> {
    points.iter().min_by_key(|p| p.x)
}
// ANCHOR_END: borrow
