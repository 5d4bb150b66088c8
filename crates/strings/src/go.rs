//! What Go does with a string that is not valid UTF-8, written out on a
//! `&[u8]`, so that the examples can print what the Go programs print.
//!
//! A Go string may hold any bytes. Go's functions that decode it agree on
//! one rule, that of `utf8.DecodeRuneInString`: a byte that does not start
//! a valid UTF-8 sequence (or starts one that is cut short) decodes to
//! U+FFFD REPLACEMENT CHARACTER and counts as *one byte*, and decoding goes
//! on at the next byte. So `for i, r := range s` yields one U+FFFD per bad
//! byte, and `utf8.RuneCountInString` counts each bad byte as a rune.
//! `strings.ToValidUTF8` is different again: it replaces each *run* of bad
//! bytes with one replacement.
//!
//! Rust's [`String::from_utf8_lossy`] follows a third rule, the one the
//! Unicode standard recommends: one U+FFFD per *maximal invalid
//! subsequence*, so the first two bytes of a three-byte character, cut off
//! by a read, become one U+FFFD, not two. All three rules are written with
//! [`<[u8]>::utf8_chunks`](slice::utf8_chunks), which splits bytes into
//! valid text and the maximal invalid sequences between them: each byte of
//! such a sequence after its first is one that Go, too, finds invalid where
//! it stands, so Go's per-byte rule is one U+FFFD per byte of each sequence.
//!
//! ```
//! use strings::go;
//!
//! // 语, then the first two bytes of 言, then '!' and two stray bytes
//! let bytes = b"\xe8\xaf\xad\xe8\xa8!\xff\xfe";
//! let fffd = |text: &str| text.matches('\u{fffd}').count();
//! assert_eq!(go::range(bytes).len(), 6); // for range: 语 � � ! � �
//! assert_eq!(fffd(&go::to_valid_utf8(bytes, "\u{fffd}")), 2); // 语�!�
//! assert_eq!(fffd(&String::from_utf8_lossy(bytes)), 3); // 语�!��
//! ```

use std::char::REPLACEMENT_CHARACTER;

// ANCHOR: range
/// Go's `for i, r := range s` over a string holding `bytes`: each rune with
/// the byte offset it starts at, and U+FFFD for each byte that is not part
/// of a valid UTF-8 sequence.
pub fn range(bytes: &[u8]) -> Vec<(usize, char)> {
    let mut runes = Vec::new();
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        runes.extend(valid.char_indices().map(|(i, c)| (offset + i, c)));
        offset += valid.len();
        // Go decodes a bad byte as U+FFFD of width 1, so each byte of the
        // invalid sequence is one replacement
        for _ in chunk.invalid() {
            runes.push((offset, REPLACEMENT_CHARACTER));
            offset += 1;
        }
    }
    runes
}
// ANCHOR_END: range

/// Go's `utf8.RuneCount(bytes)`: the valid chars plus one per bad byte.
pub fn rune_count(bytes: &[u8]) -> usize {
    range(bytes).len()
}

/// Go's `strings.ToValidUTF8(s, replacement)` for a string holding `bytes`:
/// the valid text, with each run of bad bytes (however many invalid
/// sequences it holds) replaced by one `replacement`.
pub fn to_valid_utf8(bytes: &[u8], replacement: &str) -> String {
    let mut out = String::with_capacity(bytes.len());
    // Whether the text so far ends in a replacement: a run of bad bytes
    // may span several chunks, each with an empty valid part.
    let mut in_bad_run = false;
    for chunk in bytes.utf8_chunks() {
        if !chunk.valid().is_empty() {
            out.push_str(chunk.valid());
            in_bad_run = false;
        }
        if !chunk.invalid().is_empty() && !in_bad_run {
            out.push_str(replacement);
            in_bad_run = true;
        }
    }
    out
}
