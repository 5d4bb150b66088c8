//! escape-1: the same results, no heap.
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
    let (&first, rest) = values.split_first()?;
    let mut span = Span {
        min: first,
        max: first,
    };
    for &value in rest {
        span.min = span.min.min(value);
        span.max = span.max.max(value);
    }
    Some(span)
}

/// Writes the squares `0, 1, 4, … (n-1)²` into `out`, replacing what was
/// there. Go's `func squares(n int) []int` makes a new slice on every call;
/// this reuses the caller's buffer, so once it is big enough no call
/// allocates.
pub fn fill_squares(out: &mut Vec<u64>, n: u64) {
    out.clear();
    out.extend((0..n).map(|i| i * i));
}

/// How many whitespace-separated words of `text` are longer than `min_len`
/// bytes. Go's `len(strings.Fields(text))`-style code builds a slice of all
/// the words first; an iterator looks at one at a time.
pub fn count_long_words(text: &str, min_len: usize) -> usize {
    text.split_whitespace()
        .filter(|word| word.len() > min_len)
        .count()
}

/// How many of `bytes` fall in each of 16 buckets of 16 values (bucket
/// `b / 16`). Go would reach for `map[int]int`; the number of buckets is
/// fixed, so an array, returned by value, holds them.
pub fn histogram(bytes: &[u8]) -> [u32; 16] {
    let mut buckets = [0u32; 16];
    for &b in bytes {
        buckets[usize::from(b / 16)] += 1;
    }
    buckets
}

/// A function that multiplies by `factor`. Go's `func(int) int` that
/// captures `factor` is a heap-allocated closure; `impl Fn` returns the
/// closure itself, by value.
pub fn make_scaler(factor: i32) -> impl Fn(i32) -> i32 {
    move |value| value * factor
}
