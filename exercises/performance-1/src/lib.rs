//! performance-1: four functions that work, written the way a Go program
//! often is, and allocate far more than they need to. Make each allocate
//! once (or not at all): the graded tests count the allocations with the
//! course's counting allocator (`allocount`), not the time.
//!
//! Each result can be built in a buffer that has its final size from the
//! start: Go's `make([]T, 0, n)` is `Vec::with_capacity(n)`, and Go's
//! `strings.Builder` after `Grow(n)` is `String::with_capacity(n)`.

/// The squares of `0..n`, in order: `[0, 1, 4, 9, ...]`. One allocation
/// (none for `n == 0`).
pub fn squares(n: usize) -> Vec<u64> {
    // TODO: this is Go's `var out []uint64` followed by `append` in a loop:
    // the vector reallocates every time it is full. Give it its final
    // capacity first, as `make([]uint64, 0, n)` would.
    let mut out = Vec::new();
    for i in 0..n as u64 {
        out.push(i * i);
    }
    out
}

/// The words with `sep` between them, as Go's `strings.Join(words, sep)`.
/// One allocation (none when there are no words).
pub fn join_words(words: &[&str], sep: &str) -> String {
    // TODO: this is Go's `s = s + sep + w` in a loop: `format!` makes a new
    // string for every word. Add up the length first (the words and the
    // separators between them) and build into one `String::with_capacity`,
    // as `strings.Builder` after `Grow` does.
    let mut out = String::new();
    for (i, word) in words.iter().enumerate() {
        if i == 0 {
            out = word.to_string();
        } else {
            out = format!("{out}{sep}{word}");
        }
    }
    out
}

/// One line `name: count` for each pair, each line ending in `\n`. One
/// allocation (none when there are no pairs).
pub fn render_counts(counts: &[(&str, u32)]) -> String {
    // TODO: this is Go's `lines = append(lines, fmt.Sprintf(...))` and a
    // `strings.Join` at the end: a string per line, a vector of them, and
    // the result. Write every line straight into one String that has room
    // for all of them (a `u32` has at most 10 digits; `writeln!` into a
    // String formats without allocating).
    let mut lines = Vec::new();
    for (name, count) in counts {
        lines.push(format!("{name}: {count}\n"));
    }
    lines.concat()
}

/// Multiplies every value by `factor`, in place. No allocation.
pub fn scale(values: &mut [i64], factor: i64) {
    // TODO: this is Go's `out := make([]int64, len(values))`, a loop, and a
    // `copy` back: a whole new slice for a change that can be made in place.
    // Change each value through the `&mut` the slice's `iter_mut()` gives.
    let scaled: Vec<i64> = values.iter().map(|v| v * factor).collect();
    values.copy_from_slice(&scaled);
}
