//! escape-1 (your code): the same results, no heap.
//!
//! Each function is the Rust form of a Go function whose values escape to
//! the heap (a returned pointer, a returned slice, a slice of words, a map,
//! a closure). Here each returns by value, writes into the caller's buffer,
//! or walks an iterator, so a call allocates nothing.

/// The smallest and the largest of some values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The smallest value.
    pub min: i32,
    /// The largest value.
    pub max: i32,
}

/// The span of `values`, `None` when there are none. Go's
/// `func minMax(xs []int) *Span` returns a pointer, so its `Span` escapes;
/// this returns the `Span` itself.
pub fn min_max(values: &[i32]) -> Option<Span> {
    // TODO: Go's version, whose Span escapes to the heap:
    //     func minMax(xs []int) *Span { s := Span{xs[0], xs[0]}; ...; return &s }
    // Return the Span by value instead (no Box), and None for no values.
    todo!()
}

/// Writes the squares `0, 1, 4, … (n-1)²` into `out`, replacing what was
/// there. Go's `func squares(n int) []int` makes a new slice on every call;
/// this reuses the caller's buffer, so once it is big enough no call
/// allocates.
pub fn fill_squares(out: &mut Vec<u64>, n: u64) {
    // TODO: Go's version makes a new slice on every call:
    //     func squares(n int) []int { s := make([]int, n); ...; return s }
    // Write into the caller's `out` instead, as Go's `buf = buf[:0]` then
    // `append`: empty it, keeping its capacity, and push i*i for i in 0..n.
    todo!()
}

/// How many whitespace-separated words of `text` are longer than `min_len`
/// bytes. Go's `len(strings.Fields(text))`-style code builds a slice of all
/// the words first; an iterator looks at one at a time.
pub fn count_long_words(text: &str, min_len: usize) -> usize {
    // TODO: Go's version builds a slice of every word first:
    //     for _, w := range strings.Fields(text) { if len(w) > minLen { n++ } }
    // Count while walking the words, with no Vec in between.
    todo!()
}

/// How many of `bytes` fall in each of 16 buckets of 16 values (bucket
/// `b / 16`). Go would reach for `map[int]int`; the number of buckets is
/// fixed, so an array, returned by value, holds them.
pub fn histogram(bytes: &[u8]) -> [u32; 16] {
    // TODO: Go's version counts into a map: counts := map[int]int{}; counts[b/16]++
    // There are always 16 buckets: count into an array and return it.
    todo!()
}

/// A function that multiplies by `factor`. Go's `func(int) int` that
/// captures `factor` is a heap-allocated closure; `impl Fn` returns the
/// closure itself, by value.
pub fn make_scaler(factor: i32) -> impl Fn(i32) -> i32 {
    // TODO: Go's version returns a func value, a closure on the heap:
    //     func makeScaler(f int) func(int) int { return func(x int) int { return x * f } }
    // Return the closure itself, not a Box. (The placeholder below is a
    // closure only so that the stub compiles: `impl Fn` needs one.)
    |value| todo!()
}
