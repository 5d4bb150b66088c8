//! Bytes that are not UTF-8: Rust checks them where a `str` is made, and
//! the crate's `go` module decodes them as Go does.

use strings::go;

/// 语, the first two bytes of 言, '!', and two bytes that start nothing:
/// the bytes of `go/strings_invalid`.
const CUT: &[u8] = b"\xe8\xaf\xad\xe8\xa8!\xff\xfe";

// ANCHOR: from_utf8
#[test]
fn from_utf8_says_where_the_valid_text_ends() {
    let err = String::from_utf8(CUT.to_vec()).unwrap_err();
    let e = err.utf8_error();
    assert_eq!(e.valid_up_to(), 3, "语 is valid");
    assert_eq!(e.error_len(), Some(2), "e8 a8 is one bad sequence");
    assert_eq!(err.into_bytes(), CUT, "the bytes come back");
    // the valid part, without a copy
    assert_eq!(std::str::from_utf8(&CUT[..3]), Ok("语"));
}
// ANCHOR_END: from_utf8

// ANCHOR: incomplete
#[test]
fn a_sequence_cut_at_the_end_has_no_error_len() {
    let cut = &"语言".as_bytes()[..5];
    let e = std::str::from_utf8(cut).unwrap_err();
    assert_eq!(e.valid_up_to(), 3);
    // None: more bytes might complete it (a read stopped inside 言)
    assert_eq!(e.error_len(), None);
}
// ANCHOR_END: incomplete

// ANCHOR: three_rules
#[test]
fn go_range_lossy_and_to_valid_utf8_replace_differently() {
    let fffd = |text: &str| text.matches('\u{fffd}').count();
    // Go's range: one U+FFFD per bad byte (e8, a8, ff, fe)
    let go_range: String = go::range(CUT).into_iter().map(|(_, c)| c).collect();
    assert_eq!(go_range, "语\u{fffd}\u{fffd}!\u{fffd}\u{fffd}");
    // Rust's from_utf8_lossy: one per bad sequence ([e8 a8], [ff], [fe])
    let lossy = String::from_utf8_lossy(CUT);
    assert_eq!(fffd(&lossy), 3);
    assert_eq!(lossy, "语\u{fffd}!\u{fffd}\u{fffd}");
    // Go's strings.ToValidUTF8: one per run ([e8 a8], [ff fe])
    assert_eq!(go::to_valid_utf8(CUT, "\u{fffd}"), "语\u{fffd}!\u{fffd}");
}
// ANCHOR_END: three_rules

/// What Go 1.19 prints for `for i, r := range "a\xe4\xb8x\xff"`.
#[test]
fn go_range_matches_go_s_output() {
    let fffd = char::REPLACEMENT_CHARACTER;
    assert_eq!(
        go::range(b"a\xe4\xb8x\xff"),
        [(0, 'a'), (1, fffd), (2, fffd), (3, 'x'), (4, fffd)]
    );
    // a four-byte sequence cut after three: three bad bytes in Go
    assert_eq!(go::rune_count(b"\xf0\x9f\x91x"), 4);
    // an encoded surrogate (U+D800) and an overlong '/' are invalid, byte by byte
    assert_eq!(go::rune_count(b"\xed\xa0\x80"), 3);
    assert_eq!(go::rune_count(b"\xc0\xaf"), 2);
    // a real U+FFFD in the text is one rune of three bytes
    assert_eq!(go::range("\u{fffd}a".as_bytes()), [(0, fffd), (3, 'a')]);
}

/// What Go 1.19 prints for `strings.ToValidUTF8("a\xe4\xb8x\xff\xfeb", "?")`.
#[test]
fn to_valid_utf8_matches_go_s_output() {
    assert_eq!(go::to_valid_utf8(b"a\xe4\xb8x\xff\xfeb", "?"), "a?x?b");
    assert_eq!(go::to_valid_utf8(b"\xff", ""), "");
    assert_eq!(go::to_valid_utf8("语言".as_bytes(), "?"), "语言");
}

// ANCHOR: bytes_type
#[test]
fn bytes_that_may_not_be_utf8_stay_bytes() {
    // Go's []byte is Vec<u8> (owned) or &[u8] (borrowed); b"..." is a &[u8; N]
    let mut data: Vec<u8> = b"Go".to_vec();
    data.extend_from_slice("语".as_bytes());
    assert_eq!(data, [0x47, 0x6f, 0xe8, 0xaf, 0xad]);
    // a String gives its bytes away without a copy, and takes them back checked
    let text = String::from_utf8(data).expect("valid UTF-8");
    let data: Vec<u8> = text.into_bytes();
    assert_eq!(data.len(), 5);
}
// ANCHOR_END: bytes_type
