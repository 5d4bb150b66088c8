//! Counting, indexing and truncating a text by characters, never cutting
//! one in two: what a Go programmer writes as `utf8.RuneCountInString(s)`,
//! `[]rune(s)[i]` and `s[:n]`, and what goes wrong when `s[:n]` cuts
//! bytes.
//!
//! A `str` is UTF-8: its length and every index into it are in bytes, and a
//! slice `&s[..end]` panics unless `end` falls between two chars. Counting
//! and indexing by char means walking the chars from the start
//! (`chars()`, `char_indices()`), and by what a reader sees as one
//! character means walking grapheme clusters (`unicode-segmentation`).

use unicode_segmentation::UnicodeSegmentation;

/// How many chars (Go's runes) `text` holds: Go's
/// `utf8.RuneCountInString(text)`, not `len(text)`.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// How many extended grapheme clusters `text` holds: what a reader counts
/// as characters, so `e` plus a combining accent is one, and so is an
/// emoji with a skin-tone modifier.
pub fn grapheme_count(text: &str) -> usize {
    text.graphemes(true).count()
}

/// The char at position `index`, counted in chars from 0: Go's
/// `[]rune(text)[index]`, but `None` past the end instead of a panic.
pub fn char_at(text: &str, index: usize) -> Option<char> {
    text.chars().nth(index)
}

/// The longest start of `text` that holds at most `max_chars` chars,
/// borrowed from `text`: Go's `s[:n]` by chars rather than bytes, so it
/// never cuts a char, and the whole text when it is short enough.
pub fn truncate(text: &str, max_chars: usize) -> &str {
    // the byte offset where char number `max_chars` starts is where to cut
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// The longest start of `text` that holds at most `max_graphemes` grapheme
/// clusters: [`truncate`] by what a reader sees, so that an accent or a
/// modifier is never cut off the character it belongs to.
pub fn truncate_graphemes(text: &str, max_graphemes: usize) -> &str {
    match text.grapheme_indices(true).nth(max_graphemes) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}
