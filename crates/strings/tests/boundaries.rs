//! Slicing a `str`: byte ranges that must fall on char boundaries.

// ANCHOR: get
#[test]
fn get_returns_none_off_a_char_boundary() {
    let s = "Go语言字符串遍历";
    assert_eq!(s.get(..2), Some("Go"));
    assert_eq!(s.get(..4), None, "byte 4 is inside 语 (bytes 2..5)");
    assert_eq!(s.get(..5), Some("Go语"));
    assert_eq!(s.get(..100), None, "past the end is None too");
    assert!(s.is_char_boundary(5));
    assert!(!s.is_char_boundary(4));
    assert!(s.is_char_boundary(s.len()), "the end is a boundary");
}
// ANCHOR_END: get

// ANCHOR: panics
#[test]
#[should_panic(
    expected = "byte index 4 is not a char boundary; it is inside '语' (bytes 2..5) of `Go语言字符串遍历`"
)]
fn slicing_off_a_char_boundary_panics() {
    let s = "Go语言字符串遍历";
    let end = 4; // Go's s[:4]
    let _head = &s[..end];
}
// ANCHOR_END: panics

// ANCHOR: offsets
#[test]
fn find_and_char_indices_give_byte_offsets_to_slice_at() {
    let s = "Go语言字符串遍历";
    // Go's strings.Index: a byte offset, here an Option
    let start = s.find("字符串").expect("it is there");
    assert_eq!(start, 8);
    assert_eq!(&s[start..start + "字符串".len()], "字符串");
    // where the fifth char starts: slice up to it, nothing copied
    let (end, _) = s.char_indices().nth(4).expect("s has 9 chars");
    assert_eq!(&s[..end], "Go语言");
    assert_eq!(s.find('x'), None, "Go's -1 is None");
}
// ANCHOR_END: offsets

// ANCHOR: byte_to_char
#[test]
fn a_byte_converted_to_char_is_latin_1_not_utf_8() {
    let s = "Go语言";
    // Go's string(s[2]): the byte 0xe8 as the rune U+00E8
    assert_eq!(char::from(s.as_bytes()[2]), 'è');
    assert_eq!(s.as_bytes()[2] as char, 'è');
    // the char that starts at byte 2
    assert_eq!(s[2..].chars().next(), Some('语'));
}
// ANCHOR_END: byte_to_char
