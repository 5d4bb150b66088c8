//! A vector that grows as it is filled, and one made with its final
//! capacity: Go's `append` to a nil slice and `make([]T, 0, n)`.

// ANCHOR: grow
/// Pushes `n` squares onto an empty vector, which reallocates each time its
/// capacity runs out (Go's `append` to a nil slice).
pub fn grow(n: u64) -> Vec<u64> {
    let mut squares = Vec::new();
    for i in 0..n {
        squares.push(i * i);
    }
    squares
}

/// Makes the vector with room for all `n` squares first: one allocation
/// (Go's `make([]uint64, 0, n)`).
pub fn preallocated(n: u64) -> Vec<u64> {
    let mut squares = Vec::with_capacity(n as usize);
    for i in 0..n {
        squares.push(i * i);
    }
    squares
}

/// The same with an iterator: `collect` from a range knows its length and
/// allocates once.
pub fn collected(n: u64) -> Vec<u64> {
    (0..n).map(|i| i * i).collect()
}
// ANCHOR_END: grow

/// The capacities a vector goes through while `n` values are pushed onto
/// it, one entry for each change: what Go's `cap(s)` shows after `append`.
pub fn capacities(n: usize) -> Vec<usize> {
    let mut seen = Vec::new();
    let mut values = Vec::new();
    for i in 0..n {
        let before = values.capacity();
        values.push(i);
        if values.capacity() != before {
            seen.push(values.capacity());
        }
    }
    seen
}
