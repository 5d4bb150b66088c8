//! Ways to build one string from many parts, each part followed by a comma:
//! the ports of Go's `s += p`, `fmt.Sprintf`, `strings.Builder` (with and
//! without `Grow`) and `strings.Join`.
//!
//! All of them return the same string; they differ in how many times they
//! allocate, which the chapter counts with `allocount`.

use std::fmt::Write;

// ANCHOR: plus
/// `s += p`: in Rust this appends to `s`'s own buffer, which grows by
/// doubling, so it allocates a few times, not once per part as Go's `+=` on
/// an immutable string does.
pub fn plus_assign(parts: &[&str]) -> String {
    let mut s = String::new();
    for p in parts {
        s += p;
        s += ",";
    }
    s
}
// ANCHOR_END: plus

// ANCHOR: format
/// `s = format!("{s}{p},")`: a new string for every part, which copies
/// everything so far, as Go's `s = fmt.Sprintf("%s%s,", s, p)` does.
pub fn format_each(parts: &[&str]) -> String {
    let mut s = String::new();
    for p in parts {
        s = format!("{s}{p},");
    }
    s
}
// ANCHOR_END: format

// ANCHOR: builder
/// `write!` into one growing `String`: Go's `strings.Builder` with
/// `fmt.Fprintf`. `String` is already a builder.
pub fn write_each(parts: &[&str]) -> String {
    let mut s = String::new();
    for p in parts {
        // Writing into a String cannot fail: `fmt::Write for String` always
        // returns Ok.
        let _ = write!(s, "{p},");
    }
    s
}

/// Sizes the buffer first, then `push_str`: one allocation (Go's
/// `strings.Builder` after `Grow(n)`).
pub fn with_capacity(parts: &[&str]) -> String {
    let len = parts.iter().map(|p| p.len() + 1).sum();
    let mut s = String::with_capacity(len);
    for p in parts {
        s.push_str(p);
        s.push(',');
    }
    s
}
// ANCHOR_END: builder

/// `join`: the standard library adds up the lengths and allocates once, as
/// Go's `strings.Join` does (the separator goes between the parts, so there
/// is no comma at the end).
pub fn joined(parts: &[&str]) -> String {
    parts.join(",")
}
