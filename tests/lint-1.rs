//! Graded tests for lint-1: each function does what its doc says, and
//! clippy (every lint of its default groups denied, rustc's warnings too)
//! finds nothing in it.
//!
//! Clippy runs in the package's build (its `build.rs`), where the toolchain
//! is; these tests read what it found.

use lint_1::{
    csv_line, first_even, is_blank, is_success, numbered, sorted_pair, strip_flag, total,
};

/// What clippy found in `src/`, written by the package's build script.
const REPORT: &str = include_str!(concat!(env!("OUT_DIR"), "/clippy.txt"));

/// The report's status line: `ok`, `failed` or `not run: <why>`.
fn status() -> &'static str {
    REPORT
        .lines()
        .find_map(|line| line.strip_prefix("status\t"))
        .unwrap_or("not run: the build script wrote no status")
}

/// Each finding as `(function, lint, place, message)`.
fn findings() -> Vec<(&'static str, &'static str, &'static str, &'static str)> {
    REPORT
        .lines()
        .filter_map(|line| line.strip_prefix("finding\t"))
        .filter_map(|line| {
            let mut fields = line.splitn(4, '\t');
            Some((
                fields.next()?,
                fields.next()?,
                fields.next()?,
                fields.next()?,
            ))
        })
        .collect()
}

/// Fails unless clippy ran and found nothing inside the function `name`.
fn assert_clippy_finds_nothing_in(name: &str) {
    let status = status();
    assert!(
        !status.starts_with("not run"),
        "clippy did not run, so it cannot say that `{name}` is clean: {status}"
    );
    let found: Vec<String> = findings()
        .into_iter()
        .filter(|(function, ..)| *function == name)
        .map(|(_, lint, place, message)| format!("  {place}: {message} [{lint}]"))
        .collect();
    assert!(
        found.is_empty(),
        "clippy still reports {} problem(s) in `{name}` (see them with `cargo clippy -p lint-1 \
         -- -D warnings`):\n{}",
        found.len(),
        found.join("\n")
    );
}

graded::tests! {
    /// `total` adds the values up, and clippy finds no index loop or
    /// `return` in it.
    fn total_adds_the_values_without_an_index_loop() {
        assert_eq!(total(&[1, 2, 3]), 6, "total(&[1, 2, 3]) must be 6");
        assert_eq!(total(&[]), 0, "the total of no values is 0");
        assert_eq!(total(&[-5, 5, 7]), 7, "negative values count too: -5 + 5 + 7 is 7");
        assert_clippy_finds_nothing_in("total");
    }

    /// `is_blank` is true for the empty text and for whitespace alone, and
    /// clippy finds no `if … { true } else { false }` or `len() == 0` in it.
    fn is_blank_sees_through_whitespace() {
        assert!(is_blank(""), "the empty text is blank");
        assert!(is_blank(" \t\n "), "a text of spaces, tabs and newlines is blank: trim it first");
        assert!(!is_blank(" a "), "\" a \" has a letter in it: it is not blank");
        assert_clippy_finds_nothing_in("is_blank");
    }

    /// `csv_line` puts exactly one comma between fields and nothing else,
    /// and clippy finds no one-char `&str` pushed or `String` made for
    /// nothing in it.
    fn csv_line_puts_one_comma_between_fields() {
        assert_eq!(csv_line(&["a", "b", "c"]), "a,b,c", "three fields, two commas, no spaces");
        assert_eq!(csv_line(&["only"]), "only", "one field has no comma");
        assert_eq!(csv_line(&[]), "", "no fields make the empty line");
        assert_eq!(csv_line(&["", ""]), ",", "two empty fields are one comma");
        assert_clippy_finds_nothing_in("csv_line");
    }

    /// `is_success` takes 200 to 299, both included, and clippy finds no
    /// hand-written range check in it.
    fn is_success_takes_200_to_299_inclusive() {
        assert!(is_success(200), "200 OK is a success");
        assert!(is_success(204), "204 No Content is a success");
        assert!(
            is_success(299),
            "299 is a success: the range includes its end (`..=`, not `..`)"
        );
        assert!(!is_success(199), "199 is not a success");
        assert!(!is_success(300), "300 Multiple Choices is not a success");
        assert_clippy_finds_nothing_in("is_success");
    }

    /// `strip_flag` removes exactly one leading `--`, and clippy finds no
    /// hand-written prefix slicing in it.
    fn strip_flag_removes_one_leading_double_dash() {
        assert_eq!(strip_flag("--name"), Some("name"), "\"--name\" is the flag `name`");
        assert_eq!(strip_flag("--"), Some(""), "\"--\" is a flag with the empty name");
        assert_eq!(
            strip_flag("---x"),
            Some("-x"),
            "\"---x\" loses one `--`, not every dash: its name is \"-x\""
        );
        assert_eq!(strip_flag("-n"), None, "\"-n\" has one dash: it is no `--` flag");
        assert_eq!(strip_flag("name"), None, "\"name\" is no flag");
        assert_eq!(strip_flag("a--b"), None, "\"a--b\" does not start with `--`");
        assert_clippy_finds_nothing_in("strip_flag");
    }

    /// `first_even` returns the first even value itself (not its index),
    /// and clippy finds no hand-written search loop in it.
    fn first_even_returns_the_first_even_value() {
        assert_eq!(
            first_even(&[1, 3, 8, 6]),
            Some(8),
            "the first even value of [1, 3, 8, 6] is 8 (the value, not its index 2)"
        );
        assert_eq!(first_even(&[-4, 2]), Some(-4), "-4 is even, and first");
        assert_eq!(first_even(&[1, 3, 5]), None, "[1, 3, 5] has no even value");
        assert_eq!(first_even(&[]), None, "no values, no even value");
        assert_clippy_finds_nothing_in("first_even");
    }

    /// `numbered` numbers lines from 1, and clippy finds no hand-kept
    /// counter in it.
    fn numbered_counts_from_one() {
        assert_eq!(
            numbered(&["first", "second", "third"]),
            ["1: first", "2: second", "3: third"],
            "lines are numbered from 1 (`enumerate` counts from 0: add one)"
        );
        assert!(numbered(&[]).is_empty(), "no lines, no numbered lines");
        assert_clippy_finds_nothing_in("numbered");
    }

    /// `sorted_pair` puts the smaller value first and keeps both, and
    /// clippy finds no almost-swap in it.
    fn sorted_pair_swaps_without_losing_a_value() {
        assert_eq!(
            sorted_pair(3, 1),
            (1, 3),
            "sorted_pair(3, 1) must be (1, 3): `low = high; high = low;` is no swap, it \
             leaves (1, 1)"
        );
        assert_eq!(sorted_pair(1, 3), (1, 3), "values already in order stay as they are");
        assert_eq!(sorted_pair(-2, -2), (-2, -2), "equal values stay equal");
        assert_clippy_finds_nothing_in("sorted_pair");
    }

    /// clippy ran and found nothing anywhere in `src/`: no warning, no
    /// `allow` that fights the forbidden lints, no code hidden behind
    /// `cfg(clippy)`.
    fn clippy_finds_nothing_anywhere() {
        let status = status();
        assert!(!status.starts_with("not run"), "clippy did not run: {status}");
        let found: Vec<String> = findings()
            .into_iter()
            .map(|(function, lint, place, message)| {
                format!("  {place} (in `{function}`): {message} [{lint}]")
            })
            .collect();
        assert!(
            status == "ok" && found.is_empty(),
            "clippy -D warnings does not pass on src/ ({} finding(s); an `#[allow]` cannot \
             silence them: the lints are forbidden):\n{}",
            found.len(),
            found.join("\n")
        );
    }
}
