//! Reversing a text: by bytes breaks every multi-byte char, by chars
//! (Go's runes) breaks every grapheme made of several chars, and by
//! grapheme clusters keeps what a reader sees as one character whole.
//!
//! ```
//! use strings::reverse;
//!
//! assert_eq!(reverse::chars("Go语言"), "言语oG");
//! // by chars, the accent of é (e + U+0301) lands on the wrong letter...
//! assert_eq!(reverse::chars("cafe\u{301}"), "\u{301}efac");
//! // ...by graphemes it stays with its e
//! assert_eq!(reverse::graphemes("cafe\u{301}"), "e\u{301}fac");
//! // by bytes, the result is not UTF-8 at all
//! assert!(String::from_utf8(reverse::bytes("Go语言")).is_err());
//! ```

use unicode_segmentation::UnicodeSegmentation;

// ANCHOR: bytes
/// Go's swap loop over `[]byte(s)`: the bytes in reverse order. A
/// multi-byte char comes out with its bytes reversed, which is no longer
/// UTF-8 (or, by bad luck, another char), so this returns bytes.
pub fn bytes(text: &str) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    bytes.reverse();
    bytes
}
// ANCHOR_END: bytes

// ANCHOR: chars
/// Go's swap loop over `[]rune(s)`: the chars in reverse order.
pub fn chars(text: &str) -> String {
    text.chars().rev().collect()
}
// ANCHOR_END: chars

// ANCHOR: graphemes
/// The grapheme clusters in reverse order, each kept whole.
pub fn graphemes(text: &str) -> String {
    text.graphemes(true).rev().collect()
}
// ANCHOR_END: graphemes
