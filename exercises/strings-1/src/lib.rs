//! Counting, indexing and truncating a text by characters, never cutting
//! one in two: what a Go programmer writes as `utf8.RuneCountInString(s)`,
//! `[]rune(s)[i]` and `s[:n]`.
//!
//! A `str` is UTF-8: its length and every index into it are in bytes (as a
//! Go string's are), and a slice `&s[..end]` panics unless `end` falls
//! between two chars. Go's `s[:n]` does not panic: it cuts a rune in two.
//!
//! Run the tests with `cargo test -p strings-1`; ask for a hint with
//! `cargo course hint strings-1`.

/// How many chars (Go's runes) `text` holds: Go's
/// `utf8.RuneCountInString(text)`, not `len(text)`.
pub fn char_count(text: &str) -> usize {
    // TODO: Go's `len(s)` counts bytes, and so does `text.len()`: "中文"
    // is 6 bytes and 2 chars. Count the chars instead.
    todo!()
}

/// How many extended grapheme clusters `text` holds: what a reader counts
/// as characters, so `e` plus a combining accent is one, and so is an
/// emoji with a skin-tone modifier.
pub fn grapheme_count(text: &str) -> usize {
    // TODO: Go's standard library stops at runes, and a rune is not what a
    // reader sees: "cafe\u{301}" is 5 runes and 4 characters. Count the
    // grapheme clusters with the `unicode-segmentation` crate (a
    // dependency of this exercise).
    todo!()
}

/// The char at position `index`, counted in chars from 0: Go's
/// `[]rune(text)[index]`, but `None` past the end instead of a panic.
pub fn char_at(text: &str, index: usize) -> Option<char> {
    // TODO: Go's `s[i]` is a byte, and `string(s[i])` turns that byte
    // into the rune with its number (`è` for the first byte of 语). Here
    // `index` counts chars: walk them, without building a Vec.
    todo!()
}

/// The longest start of `text` that holds at most `max_chars` chars,
/// borrowed from `text`: Go's `s[:n]` by chars rather than bytes, so it
/// never cuts a char, and the whole text when it is short enough.
pub fn truncate(text: &str, max_chars: usize) -> &str {
    // TODO: Go's `s[:n]` cuts after n *bytes*, in the middle of a rune if
    // it falls there; `&text[..n]` panics there instead. Find the byte
    // offset where char number `max_chars` starts, and slice up to it.
    todo!()
}

/// The longest start of `text` that holds at most `max_graphemes` grapheme
/// clusters: [`truncate`] by what a reader sees, so that an accent or a
/// modifier is never cut off the character it belongs to.
pub fn truncate_graphemes(text: &str, max_graphemes: usize) -> &str {
    // TODO: like `truncate`, but count grapheme clusters, not chars.
    todo!()
}
