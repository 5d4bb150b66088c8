//! How long is a text? Three answers, and each is right for something.
//!
//! - **Bytes**: what it costs to store or send, and the unit of every index
//!   and slice (`s.len()`, Go's `len(s)`).
//! - **Chars**: Unicode scalar values, Go's runes
//!   (`s.chars().count()`, Go's `utf8.RuneCountInString(s)`). O(n): a
//!   `str` does not store it.
//! - **Grapheme clusters**: what a reader sees as one character, an `é`
//!   written as `e` and a combining accent, or an emoji with a skin tone
//!   (`s.graphemes(true).count()`, from `unicode-segmentation`; Go's
//!   standard library has no counterpart).
//!
//! ```
//! use strings::lengths::{Lengths, lengths};
//!
//! assert_eq!(lengths("Go语言"), Lengths { bytes: 8, chars: 4, graphemes: 4 });
//! // `é` as `e` + U+0301 COMBINING ACUTE ACCENT: two chars, one grapheme
//! assert_eq!(lengths("cafe\u{301}"), Lengths { bytes: 6, chars: 5, graphemes: 4 });
//! ```

use unicode_segmentation::UnicodeSegmentation;

/// A text's length, counted three ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lengths {
    /// UTF-8 bytes: `s.len()`, Go's `len(s)`.
    pub bytes: usize,
    /// Chars (Go's runes): `s.chars().count()`, Go's `utf8.RuneCountInString(s)`.
    pub chars: usize,
    /// Extended grapheme clusters: `s.graphemes(true).count()`.
    pub graphemes: usize,
}

// ANCHOR: lengths
/// The length of `text` in bytes, chars and extended grapheme clusters.
pub fn lengths(text: &str) -> Lengths {
    Lengths {
        bytes: text.len(),
        chars: text.chars().count(),
        // `true`: extended grapheme clusters, which Unicode (UAX #29)
        // recommends for general processing
        graphemes: text.graphemes(true).count(),
    }
}
// ANCHOR_END: lengths
