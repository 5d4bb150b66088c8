//! performance-1: four functions that each allocate once (or not at all)
//! where the Go-style version allocated over and over.
//!
//! Each result is built in a buffer that has its final size from the start:
//! Go's `make([]T, 0, n)` is `Vec::with_capacity(n)`, and Go's
//! `strings.Builder` after `Grow(n)` is `String::with_capacity(n)`.

use std::fmt::Write;

/// The squares of `0..n`, in order: `[0, 1, 4, 9, ...]`. One allocation
/// (none for `n == 0`).
pub fn squares(n: usize) -> Vec<u64> {
    let mut out = Vec::with_capacity(n);
    for i in 0..n as u64 {
        out.push(i * i);
    }
    out
}

/// The words with `sep` between them, as Go's `strings.Join(words, sep)`.
/// One allocation (none when there are no words).
pub fn join_words(words: &[&str], sep: &str) -> String {
    let len =
        words.iter().map(|w| w.len()).sum::<usize>() + sep.len() * words.len().saturating_sub(1);
    let mut out = String::with_capacity(len);
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(word);
    }
    out
}

/// The most digits a `u32` has: 4294967295.
const U32_DIGITS: usize = 10;

/// One line `name: count` for each pair, each line ending in `\n`. One
/// allocation (none when there are no pairs).
pub fn render_counts(counts: &[(&str, u32)]) -> String {
    // An upper bound is enough: a name, ": ", at most ten digits, "\n".
    let len = counts
        .iter()
        .map(|(name, _)| name.len() + 2 + U32_DIGITS + 1)
        .sum();
    let mut out = String::with_capacity(len);
    for (name, count) in counts {
        // Formatting a number into a String allocates nothing more, and
        // writing into a String cannot fail.
        let _ = writeln!(out, "{name}: {count}");
    }
    out
}

/// Multiplies every value by `factor`, in place. No allocation.
pub fn scale(values: &mut [i64], factor: i64) {
    for value in values.iter_mut() {
        *value *= factor;
    }
}
