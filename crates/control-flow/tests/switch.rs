//! What the chapter says about `match`, each a test.

use control_flow::switch::{DayKind, day_kind, describe, grade, is_vowel};

#[test]
fn a_case_list_is_an_or_pattern() {
    for day in ["mon", "tue", "wed", "thu", "fri"] {
        assert_eq!(day_kind(day), DayKind::Weekday, "{day}");
    }
    assert_eq!(day_kind("sat"), DayKind::Weekend);
    assert_eq!(day_kind("sun"), DayKind::Weekend);
    assert_eq!(
        day_kind("Sun"),
        DayKind::Unknown,
        "string patterns are exact"
    );
}

#[test]
fn ranges_take_the_place_of_a_tagless_switch() {
    let grades: Vec<char> = [100, 90, 89, 80, 79, 70, 69, 0, 101]
        .into_iter()
        .map(grade)
        .collect();
    assert_eq!(grades, ['A', 'A', 'B', 'B', 'C', 'C', 'F', 'F', '?']);
}

#[test]
fn the_first_matching_arm_wins_guards_and_bindings_included() {
    assert_eq!(describe(0), "zero");
    assert_eq!(describe(9), "the digit 9");
    // -4 is even, but the `n < 0` arm comes first.
    assert_eq!(describe(-4), "a negative number, -4");
    assert_eq!(describe(10), "an even number, 10");
    assert_eq!(describe(11), "an odd number, 11");
}

#[test]
fn one_arm_lists_every_vowel() {
    let vowels: String = ('a'..='z').filter(|&c| is_vowel(c)).collect();
    assert_eq!(vowels, "aeiou");
}

// ANCHOR: match_value
#[test]
fn a_match_is_an_expression() {
    let code = 404;
    let label = match code {
        200 => "ok",
        400..=499 => "client error", // a range of a tagless switch
        _ => "other",
    };
    assert_eq!(label, "client error");
}
// ANCHOR_END: match_value

// ANCHOR: exclusive_range
#[test]
fn an_exclusive_range_pattern_leaves_out_its_end() {
    // `a..b` patterns (stable since Rust 1.80) leave out `b`, like a
    // slice's range; `a..=b` takes it in.
    let class = |code: u16| match code {
        200..300 => "success",
        300..400 => "redirect",
        _ => "other",
    };
    assert_eq!(
        (class(299), class(300), class(400)),
        ("success", "redirect", "other")
    );
}
// ANCHOR_END: exclusive_range
