//! Lengths and reversals by grapheme cluster.

use strings::lengths::{Lengths, lengths};
use strings::reverse;
use unicode_segmentation::UnicodeSegmentation;

#[test]
fn three_lengths_of_each_text() {
    let l = |bytes, chars, graphemes| Lengths {
        bytes,
        chars,
        graphemes,
    };
    assert_eq!(lengths("Go语言字符串遍历"), l(23, 9, 9));
    assert_eq!(lengths("中文"), l(6, 2, 2));
    assert_eq!(lengths("cafe\u{301}"), l(6, 5, 4));
    assert_eq!(lengths("café"), l(5, 4, 4), "é as one char U+00E9");
    assert_eq!(lengths("👍🏽"), l(8, 2, 1));
    assert_eq!(lengths("👩\u{200d}👧"), l(11, 3, 1));
    assert_eq!(lengths(""), l(0, 0, 0));
}

// ANCHOR: graphemes
#[test]
fn graphemes_keep_accents_and_modifiers_with_their_base() {
    let text = "cafe\u{301} 👍🏽";
    let clusters: Vec<&str> = text.graphemes(true).collect();
    assert_eq!(clusters, ["c", "a", "f", "e\u{301}", " ", "👍🏽"]);
    // with their byte offsets, as char_indices gives chars'
    let offsets: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
    assert_eq!(offsets, [0, 1, 2, 3, 6, 7]);
    // "\r\n" is one grapheme
    assert_eq!("a\r\nb".graphemes(true).count(), 3);
}
// ANCHOR_END: graphemes

#[test]
fn reversing_by_bytes_chars_and_graphemes() {
    assert_eq!(
        reverse::bytes("Go语言"),
        [0x80, 0xa8, 0xe8, 0xad, 0xaf, 0xe8, 0x6f, 0x47]
    );
    // by bad luck, three of the reversed bytes are another char: 譯
    assert_eq!(
        String::from_utf8_lossy(&reverse::bytes("Go语言")),
        "\u{fffd}\u{fffd}譯\u{fffd}oG"
    );
    assert_eq!(reverse::chars("Go语言"), "言语oG");
    assert_eq!(reverse::graphemes("Go语言"), "言语oG");
    assert_eq!(reverse::chars("👍🏽"), "🏽👍");
    assert_eq!(reverse::graphemes("👍🏽"), "👍🏽");
    assert_eq!(reverse::graphemes("👩\u{200d}👧!"), "!👩\u{200d}👧");
    assert_eq!(reverse::graphemes(""), "");
}
