//! Graded tests for maps-1: counting and grouping with a map.

use std::collections::{BTreeMap, HashMap};

use maps_1::{add_counts, group_by_first_letter, most_common, word_counts};

fn counts(pairs: &[(&str, usize)]) -> BTreeMap<String, usize> {
    pairs.iter().map(|&(w, n)| (w.to_owned(), n)).collect()
}

graded::tests! {
    /// `word_counts` counts every occurrence of each word.
    fn word_counts_counts_every_occurrence() {
        assert_eq!(
            word_counts("the cat and the hat and the bat"),
            counts(&[("and", 2), ("bat", 1), ("cat", 1), ("hat", 1), ("the", 3)]),
            "\"the\" occurs 3 times and \"and\" twice: each occurrence should add 1 to the \
             count (an insert of 1 replaces it)"
        );
    }

    /// Words differing only in case are one word, counted in lowercase.
    fn word_counts_ignores_case() {
        assert_eq!(
            word_counts("The the THE tHe"),
            counts(&[("the", 4)]),
            "\"The the THE tHe\" is one word four times: look it up and store it under the same \
             lowercase key"
        );
    }

    /// Any whitespace separates words, and no text has no words.
    fn word_counts_splits_on_any_whitespace() {
        assert_eq!(
            word_counts("  go\tgo\n  rust "),
            counts(&[("go", 2), ("rust", 1)]),
            "tabs, newlines and runs of spaces all separate words, and make no empty words"
        );
        assert!(word_counts("").is_empty(), "an empty text has no words");
    }

    /// `group_by_first_letter` keeps every word of a group, in input order.
    fn group_by_first_letter_keeps_every_word_in_order() {
        let groups = group_by_first_letter(&["bee", "ant", "bat", "cow", "bear", "ape"]);
        let expected: BTreeMap<char, Vec<String>> = [
            ('a', vec!["ant".to_owned(), "ape".to_owned()]),
            ('b', vec!["bee".to_owned(), "bat".to_owned(), "bear".to_owned()]),
            ('c', vec!["cow".to_owned()]),
        ]
        .into();
        assert_eq!(
            groups, expected,
            "every word should be in its letter's group, in the order given: pushing onto a copy \
             of the group (Go's `g := groups[c]; g = append(g, w)` without storing it back) keeps \
             only the first word"
        );
    }

    /// A first character is a `char`, not a byte, and empty words are skipped.
    fn group_by_first_letter_uses_chars_and_skips_empty_words() {
        let groups = group_by_first_letter(&["élan", "", "eel", "écu"]);
        assert_eq!(groups.len(), 2, "'é' and 'e' are two groups, and \"\" is in none: got {groups:?}");
        assert_eq!(
            groups.get(&'é'),
            Some(&vec!["élan".to_owned(), "écu".to_owned()]),
            "\"élan\" and \"écu\" both start with the char 'é'"
        );
    }

    /// `add_counts` adds to the counts already there and copies new ones.
    fn add_counts_adds_to_existing_counts() {
        let mut totals: HashMap<String, usize> =
            [("go".to_owned(), 3), ("rust".to_owned(), 1)].into();
        let more: HashMap<String, usize> = [("rust".to_owned(), 4), ("zig".to_owned(), 2)].into();
        add_counts(&mut totals, &more);
        let expected: HashMap<String, usize> =
            [("go".to_owned(), 3), ("rust".to_owned(), 5), ("zig".to_owned(), 2)].into();
        assert_eq!(
            totals, expected,
            "rust had 1 and gets 4 more: 5 (an insert replaces the 1 with 4); zig is new: 2; go is \
             untouched: 3"
        );
        assert_eq!(more.len(), 2, "add_counts should not change `more`");
    }

    /// `most_common` is the highest count.
    fn most_common_is_the_highest_count() {
        assert_eq!(
            most_common(&counts(&[("a", 1), ("b", 7), ("c", 2)])),
            Some(("b".to_owned(), 7)),
            "b has the highest count, 7"
        );
        assert_eq!(most_common(&BTreeMap::new()), None, "no words: None, not (\"\", 0)");
    }

    /// On a tie, the alphabetically first word wins.
    fn most_common_breaks_ties_alphabetically() {
        assert_eq!(
            most_common(&counts(&[("apple", 1), ("kiwi", 3), ("lime", 3), ("pear", 3), ("yam", 2)])),
            Some(("kiwi".to_owned(), 3)),
            "kiwi, lime and pear all have 3: the alphabetically first, kiwi, should win (note that \
             `Iterator::max_by_key` returns the *last* of equal maxima)"
        );
    }
}
