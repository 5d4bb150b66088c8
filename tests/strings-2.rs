//! Graded tests for strings-2: a UTF-8 decoder over a stream of chunks
//! that never cuts a char at a chunk boundary and reports where each
//! invalid sequence was.

// `[6..7]` is meant: a list of one invalid range, not the numbers 6 to 7.
#![allow(clippy::single_range_in_vec_init)]

use std::ops::Range;

use strings_2::Utf8Decoder;

/// The replacement character, U+FFFD.
const R: char = char::REPLACEMENT_CHARACTER;

/// Valid text with chars of 1, 2, 3 and 4 bytes.
const MIXED: &str = "Go语言, café 👍🏽!";

/// 语 (3 bytes), the first two bytes of 言 (cut short), '!', two bytes that
/// start nothing, 字 (3 bytes), and the first three bytes of 👍 at the end.
const BROKEN: &[u8] = b"\xe8\xaf\xad\xe8\xa8!\xff\xfe\xe5\xad\x97\xf0\x9f\x91";

/// Where the invalid sequences of [`BROKEN`] are: `e8 a8`, `ff`, `fe`, and
/// the cut-off `f0 9f 91` at the end.
const BROKEN_INVALID: [Range<usize>; 4] = [3..5, 6..7, 7..8, 11..14];

/// Feeds `chunks` to a new decoder, then finishes it: the text of each
/// call, and the invalid ranges at the end.
fn decode_all(chunks: &[&[u8]]) -> (Vec<String>, Vec<Range<usize>>) {
    let mut decoder = Utf8Decoder::new();
    let mut texts: Vec<String> = chunks.iter().map(|c| decoder.decode(c)).collect();
    texts.push(decoder.finish());
    (texts, decoder.invalid().to_vec())
}

/// A byte string for a message: `[e8 a8 21]`.
fn hex(bytes: &[u8]) -> String {
    let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("[{}]", hex.join(" "))
}

graded::tests! {
    /// Valid text in one chunk comes out as it is, with nothing invalid.
    fn valid_text_in_one_chunk_comes_out_whole() {
        let (texts, invalid) = decode_all(&[MIXED.as_bytes()]);
        assert_eq!(
            texts,
            [MIXED, ""],
            "one chunk of valid UTF-8 should decode to itself, and `finish` have nothing left"
        );
        assert!(invalid.is_empty(), "valid text has no invalid ranges, found {invalid:?}");
    }

    /// A char cut by a chunk boundary is held back and comes out whole
    /// with the next chunk, not as U+FFFD.
    fn a_char_cut_by_a_chunk_boundary_waits_for_the_next_chunk() {
        let bytes = "Go语言".as_bytes();
        let mut decoder = Utf8Decoder::new();
        assert_eq!(
            decoder.decode(&bytes[..4]),
            "Go",
            "the chunk [47 6f e8 af] ends with the first two bytes of 语: decode should return \
             \"Go\" and keep [e8 af] for the next chunk, not turn them into U+FFFD as Go's \
             `string(buf[:n])` plus a decode would"
        );
        assert_eq!(
            decoder.decode(&bytes[4..]),
            "语言",
            "the next chunk [ad e8 a8 80] completes 语: decode should return \"语言\""
        );
        assert_eq!(decoder.finish(), "", "nothing is left at the end");
        assert!(decoder.invalid().is_empty(), "nothing was invalid, found {:?}", decoder.invalid());
    }

    /// Wherever valid text is cut in two, the two calls return the whole
    /// text between them, with nothing invalid.
    fn valid_text_cut_anywhere_decodes_to_itself() {
        let bytes = MIXED.as_bytes();
        for cut in 0..=bytes.len() {
            let (texts, invalid) = decode_all(&[&bytes[..cut], &bytes[cut..]]);
            assert_eq!(
                texts.concat(),
                MIXED,
                "{MIXED:?} cut at byte {cut} into {} and {} should decode to itself",
                hex(&bytes[..cut]),
                hex(&bytes[cut..])
            );
            assert!(invalid.is_empty(), "cut at byte {cut}, valid text gave invalid {invalid:?}");
        }
    }

    /// Fed one byte at a time, valid text decodes to itself, each char
    /// coming out with its last byte.
    fn valid_text_one_byte_at_a_time_decodes_to_itself() {
        let mut decoder = Utf8Decoder::new();
        let mut text = String::new();
        for (i, byte) in MIXED.bytes().enumerate() {
            let piece = decoder.decode(&[byte]);
            if MIXED.is_char_boundary(i + 1) {
                let c = MIXED[..i + 1].chars().next_back();
                assert_eq!(
                    piece.chars().next(),
                    c,
                    "byte {i} completes {c:?}: it should come out with that byte, not later"
                );
            }
            text.push_str(&piece);
        }
        text.push_str(&decoder.finish());
        assert_eq!(text, MIXED, "{MIXED:?} fed a byte at a time should decode to itself");
        assert!(decoder.invalid().is_empty(), "valid text gave {:?}", decoder.invalid());
    }

    /// Each invalid sequence becomes one U+FFFD, as in
    /// `String::from_utf8_lossy`: not one per byte, not one per run.
    fn each_invalid_sequence_is_one_replacement() {
        let mut decoder = Utf8Decoder::new();
        let text = decoder.decode(b"a\xe4\xb8x\xff\xfeb");
        assert_eq!(
            text,
            format!("a{R}x{R}{R}b"),
            "[61 e4 b8 78 ff fe 62] holds three invalid sequences, [e4 b8] (the start of 中, \
             cut short), [ff] and [fe]: one U+FFFD each, as from_utf8_lossy gives (Go's range \
             gives one per byte, Go's ToValidUTF8 one per run)"
        );
        assert_eq!(
            decoder.invalid(),
            [1..3, 4..5, 5..6],
            "the invalid sequences of [61 e4 b8 78 ff fe 62] are bytes 1..3, 4..5 and 5..6"
        );
        assert_eq!(decoder.finish(), "", "nothing was held back");
    }

    /// An invalid byte in the middle or at the end of a chunk is replaced
    /// at once: only bytes that more bytes could complete are held back.
    fn a_byte_that_starts_nothing_is_replaced_at_once() {
        let mut decoder = Utf8Decoder::new();
        assert_eq!(
            decoder.decode(b"a\xffb"),
            format!("a{R}b"),
            "[61 ff 62]: ff starts no char, so it is replaced where it stands"
        );
        assert_eq!(
            decoder.decode(b"c\xff"),
            format!("c{R}"),
            "[63 ff]: ff at the end of a chunk can never start a char, so it is replaced now, \
             not held back for the next chunk"
        );
        assert_eq!(
            decoder.decode(b"\xe8\xaf"),
            "",
            "[e8 af] could be the start of 语: it is held back"
        );
        assert_eq!(decoder.decode(b"\xad"), "语", "[ad] completes 语");
        assert_eq!(decoder.invalid(), [1..2, 4..5], "ff was at bytes 1 and 4 of the stream");
    }

    /// Invalid ranges are offsets in the whole stream, counted over every
    /// chunk, not in the chunk they were found in.
    fn invalid_ranges_count_from_the_start_of_the_stream() {
        let mut decoder = Utf8Decoder::new();
        assert_eq!(decoder.decode("Go语".as_bytes()), "Go语");
        assert_eq!(decoder.decode(b"x\xffy"), format!("x{R}y"));
        assert_eq!(
            decoder.invalid(),
            [6..7],
            "the stream is [47 6f e8 af ad] then [78 ff 79]: ff is byte 6 of the stream (byte 1 \
             of its chunk)"
        );
        assert_eq!(decoder.decode(b"\xfe"), R.to_string());
        assert_eq!(decoder.invalid(), [6..7, 8..9], "fe, alone in the third chunk, is byte 8");
    }

    /// Bytes held back at the end of a chunk that the next chunk does not
    /// complete are invalid, at their place in the stream.
    fn held_back_bytes_that_stay_incomplete_are_invalid() {
        let mut decoder = Utf8Decoder::new();
        assert_eq!(decoder.decode(b"ab\xe8"), "ab", "[e8] at the end is held back");
        assert_eq!(
            decoder.decode(b"!"),
            format!("{R}!"),
            "[e8] followed by [21] is no char: one U+FFFD, then '!'"
        );
        assert_eq!(
            decoder.invalid(),
            [2..3],
            "the held-back e8 was byte 2 of the stream (the next chunk starts at byte 3)"
        );
        assert_eq!(decoder.decode(b"\xe8\xaf"), "", "[e8 af] is held back");
        assert_eq!(
            decoder.decode(b"\xe8"),
            R.to_string(),
            "[e8 af] then [e8]: the first two are an invalid sequence, the new e8 is held back"
        );
        assert_eq!(decoder.finish(), R.to_string(), "the last e8 is cut short by the end");
        assert_eq!(decoder.invalid(), [2..3, 4..6, 6..7], "e8 af at 4..6, e8 at 6..7");
    }

    /// At the end of the stream, a char still cut short is one U+FFFD, and
    /// it is recorded; `finish` then has nothing more.
    fn a_char_cut_by_the_end_of_the_stream_is_invalid() {
        let mut decoder = Utf8Decoder::new();
        assert_eq!(decoder.decode(b"Go\xe8\xaf"), "Go");
        assert_eq!(
            decoder.finish(),
            R.to_string(),
            "the stream ended inside 语 ([e8 af] and no more): finish should return one U+FFFD \
             for it, not drop it"
        );
        assert_eq!(decoder.invalid(), [2..4], "the cut-off [e8 af] was bytes 2..4");
        assert_eq!(decoder.finish(), "", "a second finish has nothing left to report");
        assert_eq!(decoder.invalid(), [2..4], "a second finish records nothing");
    }

    /// Cut into three chunks at any two places, a stream with invalid bytes
    /// decodes to what `from_utf8_lossy` makes of it whole, with the same
    /// invalid ranges.
    fn any_chunking_decodes_like_the_whole_stream() {
        let whole = String::from_utf8_lossy(BROKEN);
        for a in 0..=BROKEN.len() {
            for b in a..=BROKEN.len() {
                let chunks = [&BROKEN[..a], &BROKEN[a..b], &BROKEN[b..]];
                let (texts, invalid) = decode_all(&chunks);
                assert_eq!(
                    texts.concat(),
                    whole,
                    "{} cut into {}, {} and {} should decode as the whole does",
                    hex(BROKEN),
                    hex(chunks[0]),
                    hex(chunks[1]),
                    hex(chunks[2])
                );
                assert_eq!(
                    invalid,
                    BROKEN_INVALID,
                    "{} cut at bytes {a} and {b}: the invalid sequences are at 3..5, 6..7, 7..8 \
                     and 11..14 of the stream, whatever the chunks",
                    hex(BROKEN)
                );
            }
        }
    }

    /// A real U+FFFD in the text is a valid char, not an error.
    fn a_replacement_character_in_the_text_is_valid() {
        let text = format!("a{R}语");
        let (texts, invalid) = decode_all(&[text.as_bytes()]);
        assert_eq!(texts.concat(), text, "U+FFFD [ef bf bd] is a valid char: it passes through");
        assert!(
            invalid.is_empty(),
            "a U+FFFD in the input is not an invalid sequence, found {invalid:?}"
        );
    }

    /// Empty chunks change nothing.
    fn empty_chunks_change_nothing() {
        let mut decoder = Utf8Decoder::new();
        assert_eq!(decoder.decode(b""), "", "an empty chunk has no text");
        assert_eq!(decoder.decode(b"\xe8"), "", "[e8] is held back");
        assert_eq!(decoder.decode(b""), "", "an empty chunk completes nothing");
        assert_eq!(decoder.decode(b"\xaf\xad"), "语", "[af ad] completes 语 after an empty chunk");
        assert!(decoder.invalid().is_empty(), "nothing was invalid, found {:?}", decoder.invalid());
    }
}
