//! Graded tests for maps-2: sets of tags.

use maps_2::{common_tags, first_repeated, missing_tags};

/// Twelve distinct tags: enough that a hash set's order is almost never
/// the sorted order (or the input order) by chance.
const MANY: [&str; 12] = [
    "mango", "apple", "kiwi", "fig", "lime", "date", "pear", "plum", "yuzu", "cherry", "grape",
    "banana",
];

graded::tests! {
    /// `common_tags` is the tags in both lists, sorted.
    fn common_tags_are_sorted() {
        let a: Vec<&str> = MANY.iter().copied().chain(["only-in-a"]).collect();
        let b: Vec<&str> = MANY.iter().rev().copied().chain(["only-in-b"]).collect();
        let mut sorted: Vec<String> = MANY.iter().map(|t| t.to_string()).collect();
        sorted.sort();
        assert_eq!(
            common_tags(&a, &b),
            sorted,
            "the twelve common tags should come back sorted: a HashSet (like a Go map) iterates \
             in no fixed order, so sort what you collect"
        );
    }

    /// A tag in both lists appears once, however often it is repeated.
    fn common_tags_appear_once() {
        assert_eq!(
            common_tags(&["go", "rust", "go", "c", "go"], &["go", "go", "zig", "rust"]),
            ["go", "rust"],
            "go and rust are common and should appear once each: scanning `a` and keeping every \
             tag that `b` contains keeps a's duplicates"
        );
        assert!(common_tags(&["a"], &["b"]).is_empty(), "no tag in common: an empty list");
        assert!(common_tags(&[], &["b"]).is_empty(), "an empty list has nothing in common");
    }

    /// `first_repeated` is the item whose second occurrence comes first.
    fn first_repeated_is_the_earliest_repeat() {
        assert_eq!(
            first_repeated(&["a", "b", "b", "a"]),
            Some("b"),
            "in [a, b, b, a] the first repeat read is the second b (index 2), before the second a \
             (index 3): the first item that has a copy later is not the answer"
        );
        assert_eq!(
            first_repeated(&["x", "y", "z", "y", "x", "z"]),
            Some("y"),
            "in [x, y, z, y, x, z] the first repeat is y, at index 3"
        );
    }

    /// With no repeat, `first_repeated` is `None`.
    fn first_repeated_of_distinct_items_is_none() {
        assert_eq!(first_repeated(&MANY), None, "twelve distinct tags have no repeat: None");
        assert_eq!(first_repeated(&[]), None, "no items: None, not Go's \"\"");
        assert_eq!(first_repeated(&["", ""]), Some(""), "an empty string can repeat too");
    }

    /// `missing_tags` keeps the order of `required`.
    fn missing_tags_keep_the_required_order() {
        let present = ["only-present"];
        let missing: Vec<String> = MANY.iter().map(|t| t.to_string()).collect();
        assert_eq!(
            missing_tags(&MANY, &present),
            missing,
            "none of the twelve required tags is present: they should come back in the order of \
             `required` (a set difference comes out in hash order)"
        );
    }

    /// A tag required twice is reported once; present tags are not reported.
    fn missing_tags_reports_each_tag_once() {
        assert_eq!(
            missing_tags(&["docs", "tests", "docs", "ci", "tests", "lint"], &["ci", "review"]),
            ["docs", "tests", "lint"],
            "docs, tests and lint are missing, reported once each in the order first required; ci \
             is present and is not reported"
        );
        assert!(
            missing_tags(&["ci"], &["ci", "docs"]).is_empty(),
            "every required tag is present: nothing is missing"
        );
    }
}
