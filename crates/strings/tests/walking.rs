//! What the chapter says about walking a string, each a test.

// ANCHOR: bytes_and_chars
#[test]
fn bytes_are_u8s_and_chars_come_with_byte_offsets() {
    let s = "Go语言";
    // Go's s[i] for i < len(s): the UTF-8 bytes
    assert_eq!(s.len(), 8);
    assert_eq!(s.as_bytes()[2], 0xe8);
    assert_eq!(s.as_bytes().get(8), None, "past the end is None");
    // Go's for i, r := range s: i is a byte offset, not a count
    let runes: Vec<(usize, char)> = s.char_indices().collect();
    assert_eq!(runes, [(0, 'G'), (1, 'o'), (2, '语'), (5, '言')]);
    // enumerate() counts the chars instead: 0, 1, 2, 3
    let counted: Vec<(usize, char)> = s.chars().enumerate().collect();
    assert_eq!(counted, [(0, 'G'), (1, 'o'), (2, '语'), (3, '言')]);
}
// ANCHOR_END: bytes_and_chars

// ANCHOR: char_len
#[test]
fn a_char_takes_one_to_four_bytes_in_a_str_and_four_in_a_vec() {
    assert_eq!('G'.len_utf8(), 1);
    assert_eq!('é'.len_utf8(), 2);
    assert_eq!('语'.len_utf8(), 3);
    assert_eq!('👍'.len_utf8(), 4);
    // a char is a u32 that is a Unicode scalar value, as Go's rune is an int32
    assert_eq!(size_of::<char>(), 4);
    assert_eq!(u32::from('语'), 0x8bed);
    assert_eq!(char::from_u32(0xd800), None, "a surrogate is no char");
}
// ANCHOR_END: char_len

// ANCHOR: rune_vec
#[test]
fn a_vec_of_chars_is_go_s_rune_slice() {
    let title = "Go语言字符串遍历";
    let mut runes: Vec<char> = title.chars().collect(); // []rune(s)
    assert_eq!(runes.len(), 9);
    assert_eq!(runes[2], '语');
    runes[0] = 'g';
    let back: String = runes.iter().collect(); // string(runes)
    assert_eq!(back, "go语言字符串遍历");
    assert_eq!(title, "Go语言字符串遍历", "the str itself is unchanged");
}
// ANCHOR_END: rune_vec

#[test]
fn the_nth_char_is_a_walk_from_the_start() {
    let s = "Go语言字符串遍历";
    assert_eq!(s.chars().nth(2), Some('语'));
    assert_eq!(s.chars().nth(9), None, "past the end is None, not a panic");
    assert_eq!(s.chars().next_back(), Some('历'));
    assert_eq!(s.chars().rev().nth(1), Some('遍'));
}
