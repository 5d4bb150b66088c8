//! Graded tests for strings-1: counting, indexing and truncating a text by
//! chars and by grapheme clusters, never by bytes.

use strings_1::{char_at, char_count, grapheme_count, truncate, truncate_graphemes};

/// The notes' title: 2 ASCII chars and 7 Chinese ones, 23 bytes.
const TITLE: &str = "Go语言字符串遍历";

/// `é` written as `e` and U+0301 COMBINING ACUTE ACCENT, then `!`.
const ACCENTED: &str = "cafe\u{301}!";

/// 👍🏽 (THUMBS UP SIGN and a skin-tone modifier) twice, then 👩‍👧 (two
/// emoji joined by U+200D ZERO WIDTH JOINER).
const EMOJI: &str = "👍🏽👍🏽👩\u{200d}👧";

graded::tests! {
    /// `char_count` counts chars, not bytes: Go's `RuneCountInString`,
    /// not `len`.
    fn char_count_counts_chars_not_bytes() {
        assert_eq!(
            char_count(TITLE),
            9,
            "\"Go语言字符串遍历\" is 9 chars (and 23 bytes): `len()` counts bytes, as Go's \
             `len(s)` does"
        );
        assert_eq!(char_count("中文"), 2, "\"中文\" is 2 chars (and 6 bytes)");
        assert_eq!(char_count("abc"), 3, "\"abc\" is 3 chars");
        assert_eq!(char_count(""), 0, "the empty text has no chars");
        assert_eq!(
            char_count(ACCENTED),
            6,
            "\"cafe\\u{{301}}!\" is 6 chars: a combining accent is a char of its own (it is \
             the grapheme count that is 5)"
        );
    }

    /// `grapheme_count` counts what a reader sees: an accent and a skin-tone
    /// modifier belong to the character before them.
    fn grapheme_count_counts_what_a_reader_sees() {
        assert_eq!(
            grapheme_count(ACCENTED),
            5,
            "\"cafe\\u{{301}}!\" reads as 5 characters (c, a, f, é, !): counting chars gives 6, \
             with the accent counted on its own"
        );
        assert_eq!(
            grapheme_count(EMOJI),
            3,
            "👍🏽👍🏽👩‍👧 reads as 3 characters: counting chars gives 7 (each modifier, emoji and \
             joiner on its own); count extended grapheme clusters (`graphemes(true)`)"
        );
        assert_eq!(grapheme_count(TITLE), 9, "each Chinese char is one grapheme: 9");
        assert_eq!(grapheme_count(""), 0, "the empty text has no graphemes");
    }

    /// `char_at` counts chars from 0, and says `None` past the end.
    fn char_at_counts_chars_from_zero() {
        assert_eq!(
            char_at(TITLE, 2),
            Some('语'),
            "char 2 of \"Go语言字符串遍历\" is 语: 'è' is the byte at offset 2 read as a char \
             (Go's `string(s[2])`)"
        );
        assert_eq!(
            char_at(TITLE, 3),
            Some('言'),
            "char 3 of \"Go语言字符串遍历\" is 言: `index` counts chars, not bytes (byte 3 is \
             inside 语)"
        );
        assert_eq!(char_at(TITLE, 0), Some('G'), "char 0 is the first one");
        assert_eq!(char_at(TITLE, 8), Some('历'), "char 8 is the last of 9");
    }

    /// Past the last char, `char_at` is `None`, whatever the byte length.
    fn char_at_past_the_end_is_none() {
        assert_eq!(
            char_at(TITLE, 9),
            None,
            "\"Go语言字符串遍历\" has 9 chars, so there is no char 9 (though it has 23 bytes)"
        );
        assert_eq!(char_at(TITLE, 20), None, "there is no char 20 in a text of 9 chars");
        assert_eq!(char_at("", 0), None, "the empty text has no char 0");
    }

    /// `truncate` keeps the first `max_chars` chars of a Chinese text whole.
    fn truncate_keeps_whole_chinese_chars() {
        assert_eq!(
            truncate(TITLE, 4),
            "Go语言",
            "the first 4 chars of \"Go语言字符串遍历\" are \"Go语言\": cutting after 4 bytes \
             (Go's `s[:4]`) cuts 语 in two"
        );
        assert_eq!(truncate(TITLE, 3), "Go语", "the first 3 chars are \"Go语\"");
        assert_eq!(truncate(TITLE, 6), "Go语言字符", "the first 6 chars are \"Go语言字符\"");
    }

    /// For every length, `truncate` keeps exactly that many chars (or all),
    /// and what it keeps is the start of the text.
    fn truncate_keeps_exactly_max_chars_for_every_length() {
        let chars: Vec<char> = TITLE.chars().collect();
        for n in 0..=12 {
            let kept = truncate(TITLE, n);
            let expected: String = chars.iter().take(n).collect();
            assert_eq!(
                kept,
                expected,
                "truncate(\"Go语言字符串遍历\", {n}) should keep the first {} chars: counting \
                 bytes, or stopping one char early, keeps something else",
                n.min(9)
            );
        }
    }

    /// A text no longer than `max_chars` comes back whole, and 0 keeps
    /// nothing.
    fn truncate_returns_a_short_text_whole() {
        assert_eq!(
            truncate(TITLE, 9),
            TITLE,
            "\"Go语言字符串遍历\" has 9 chars: truncating it to 9 changes nothing"
        );
        assert_eq!(
            truncate(TITLE, 20),
            TITLE,
            "\"Go语言字符串遍历\" has 9 chars (23 bytes): truncating it to 20 changes nothing"
        );
        assert_eq!(truncate("Go", 5), "Go", "a text of 2 chars truncated to 5 is whole");
        assert_eq!(truncate(TITLE, 0), "", "truncating to 0 chars keeps nothing");
        assert_eq!(truncate("", 3), "", "the empty text stays empty");
    }

    /// `truncate_graphemes` never cuts an accent or a modifier off its
    /// character.
    fn truncate_graphemes_keeps_accents_and_emoji_whole() {
        assert_eq!(
            truncate_graphemes(ACCENTED, 4),
            "cafe\u{301}",
            "the first 4 graphemes of \"cafe\\u{{301}}!\" are c, a, f and é (e with its \
             accent): cutting after 4 chars drops the accent"
        );
        assert_eq!(
            truncate_graphemes(EMOJI, 1),
            "👍🏽",
            "the first grapheme of 👍🏽👍🏽👩‍👧 is 👍🏽 with its skin tone: cutting after one \
             char keeps 👍 alone"
        );
        assert_eq!(
            truncate_graphemes(EMOJI, 2),
            "👍🏽👍🏽",
            "the first 2 graphemes of 👍🏽👍🏽👩‍👧 are the two 👍🏽"
        );
        assert_eq!(
            truncate_graphemes(ACCENTED, 5),
            ACCENTED,
            "\"cafe\\u{{301}}!\" is 5 graphemes: truncating it to 5 changes nothing"
        );
        assert_eq!(truncate_graphemes(EMOJI, 3), EMOJI, "👍🏽👍🏽👩‍👧 is 3 graphemes: whole");
    }

    /// `truncate_graphemes` on text where each char is a grapheme is
    /// `truncate`, and 0 keeps nothing.
    fn truncate_graphemes_of_plain_text_counts_chars() {
        assert_eq!(
            truncate_graphemes(TITLE, 4),
            "Go语言",
            "every char of \"Go语言字符串遍历\" is a grapheme: the first 4 are \"Go语言\""
        );
        assert_eq!(truncate_graphemes(TITLE, 0), "", "0 graphemes keeps nothing");
        assert_eq!(truncate_graphemes(TITLE, 30), TITLE, "a short text comes back whole");
        assert_eq!(truncate_graphemes("", 2), "", "the empty text stays empty");
    }
}
