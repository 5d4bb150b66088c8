//! Building a string piece by piece: Go's `strings.Builder` is what a Rust
//! `String` already is.
//!
//! A Go string cannot change, so `s += x` copies `s` and `x` into a new
//! string every time, and a loop of them copies O(n²) bytes; a
//! `strings.Builder` keeps a growing `[]byte` instead. A Rust `String` is
//! that growing buffer: it owns its bytes, `push_str` and `+=` append in
//! place (amortised O(1) per byte, like Go's `append`), and
//! `String::with_capacity` is `b.Grow(n)`. `write!` on a `String` (with
//! [`std::fmt::Write`] in scope) is `fmt.Fprintf(&b, ...)`.
//!
//! ```
//! assert_eq!(strings::build::numbered(&["Go", "语言"]), "0:Go, 1:语言!");
//! ```

use std::fmt::Write;

// ANCHOR: numbered
/// The words numbered from 0 and joined with ", ", then a "!": Go's
/// `strings.Builder` loop, on a `String`.
pub fn numbered(words: &[&str]) -> String {
    // b.Grow(n): one allocation for the words and the separators
    let size: usize = words.iter().map(|w| w.len() + 8).sum();
    let mut out = String::with_capacity(size);
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push_str(", "); // b.WriteString(", ")
        }
        // fmt.Fprintf(&b, "%d:%s", i, word)
        write!(out, "{i}:{word}").expect("writing to a String cannot fail");
    }
    out.push('!'); // b.WriteRune('!')
    out
}
// ANCHOR_END: numbered
