//! Go's `container/heap`, ported line for line onto a `Vec`, to show what
//! its functions do to the slice and how its two classic mistakes go wrong.
//!
//! In Go, a heap is an ordinary slice plus five methods (`heap.Interface`),
//! and the package's functions keep the slice in heap order: `Init` builds
//! it, `Push` appends and sifts up, `Pop` swaps the root to the end, sifts
//! down and then calls the slice's own `Pop` to cut the last element off.
//! Nothing stops a caller from skipping `Init` or from calling the slice's
//! `Pop` directly; both compile and give the wrong order.
//!
//! This module is that algorithm for a min-heap of any `T: Ord` (Go's
//! `Less(i, j)` is `heap[i] < heap[j]`), written out so that the examples can
//! print what the Go program prints. Idiomatic Rust uses
//! [`std::collections::BinaryHeap`] instead: it owns its `Vec`, builds the
//! heap order itself when it is made from one, and has only the one `pop`.
//!
//! ```
//! use containers::go_heap;
//!
//! let mut h = vec![5, 2, 8];
//! go_heap::init(&mut h); // heap.Init(h)
//! go_heap::push(&mut h, 1); // heap.Push(h, 1)
//! assert_eq!(h[0], 1); // the smallest is at the root
//! assert_eq!(go_heap::drain(&mut h), [1, 2, 5, 8]);
//! ```

// ANCHOR: init
/// `heap.Init(h)`: puts the slice in heap order, in O(n), by sifting down
/// every element that has children, from the last one up to the root.
pub fn init<T: Ord>(heap: &mut [T]) {
    let n = heap.len();
    for i in (0..n / 2).rev() {
        down(heap, i, n);
    }
}
// ANCHOR_END: init

/// `heap.Push(h, x)`: appends `value` and sifts it up to its place.
pub fn push<T: Ord>(heap: &mut Vec<T>, value: T) {
    heap.push(value);
    let last = heap.len() - 1;
    up(heap, last);
}

/// `heap.Pop(h)`: the smallest value, or `None` for an empty heap. It swaps
/// the root with the last element, sifts the new root down over the others,
/// and cuts the last element (the old root) off.
pub fn pop<T: Ord>(heap: &mut Vec<T>) -> Option<T> {
    let n = heap.len().checked_sub(1)?;
    heap.swap(0, n);
    down(heap, 0, n);
    heap.pop()
}

/// `heap.Fix(h, i)`: restores the heap order after the value at `i` has
/// changed, in O(log n).
///
/// # Panics
///
/// If `i` is out of bounds, as Go's index expression does.
pub fn fix<T: Ord>(heap: &mut [T], i: usize) {
    let n = heap.len();
    if !down(heap, i, n) {
        up(heap, i);
    }
}

/// Pops every value with [`pop`], in the order `pop` gives them: ascending,
/// if the vector was a heap.
pub fn drain<T: Ord>(heap: &mut Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(heap.len());
    while let Some(value) = pop(heap) {
        out.push(value);
    }
    out
}

/// Go's `up`: moves the value at `j` towards the root while it is smaller
/// than its parent.
fn up<T: Ord>(heap: &mut [T], mut j: usize) {
    while j > 0 {
        let parent = (j - 1) / 2;
        if heap[j] >= heap[parent] {
            break;
        }
        heap.swap(parent, j);
        j = parent;
    }
}

/// Go's `down`: moves the value at `start` away from the root, within the
/// first `n` elements, while a child is smaller; reports whether it moved.
fn down<T: Ord>(heap: &mut [T], start: usize, n: usize) -> bool {
    let mut i = start;
    loop {
        let left = 2 * i + 1;
        if left >= n {
            break;
        }
        let right = left + 1;
        let smaller = if right < n && heap[right] < heap[left] {
            right
        } else {
            left
        };
        if heap[smaller] >= heap[i] {
            break;
        }
        heap.swap(i, smaller);
        i = smaller;
    }
    i > start
}
