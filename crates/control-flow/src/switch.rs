//! Go's `switch` as Rust's `match`: or-patterns for case lists, ranges and
//! guards for a tagless switch, bindings, and a match that is a value.
//!
//! A Go `switch` runs the first case that matches and stops: there is no
//! `break` to forget, as in C. A Rust `match` does the same, and adds two
//! checks: its arms must cover every value (E0004), and as an expression
//! every arm gives a value of one type (E0308).

// ANCHOR: day_kind_type
/// What kind of day a day's name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    Weekday,
    Weekend,
    /// Not the name of a day.
    Unknown,
}
// ANCHOR_END: day_kind_type

/// Go's `case "sat", "sun":` is the or-pattern `"sat" | "sun"`.
///
/// ```
/// use control_flow::switch::{day_kind, DayKind};
/// assert_eq!(day_kind("sun"), DayKind::Weekend);
/// assert_eq!(day_kind("someday"), DayKind::Unknown);
/// ```
// ANCHOR: day_kind
pub fn day_kind(day: &str) -> DayKind {
    match day {
        "mon" | "tue" | "wed" | "thu" | "fri" => DayKind::Weekday,
        "sat" | "sun" => DayKind::Weekend,
        _ => DayKind::Unknown, // Go's `default:`; here the match cannot compile without it
    }
}
// ANCHOR_END: day_kind

/// A letter grade for a score out of 100. Go writes this as a tagless
/// `switch { case score >= 90: ... }`; Rust matches ranges of the score.
///
/// ```
/// assert_eq!(control_flow::switch::grade(90), 'A');
/// assert_eq!(control_flow::switch::grade(89), 'B');
/// assert_eq!(control_flow::switch::grade(101), '?');
/// ```
// ANCHOR: grade
pub fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
        _ => '?', // above 100: a u32 can be, and the match must say what then
    }
}
// ANCHOR_END: grade

/// Describes a number: guards (`if`) test what a pattern cannot, and a
/// binding (`n @ 1..=9`) names the value an arm matched.
///
/// ```
/// use control_flow::switch::describe;
/// assert_eq!(describe(0), "zero");
/// assert_eq!(describe(7), "the digit 7");
/// assert_eq!(describe(12), "an even number, 12");
/// ```
// ANCHOR: describe
pub fn describe(n: i64) -> String {
    match n {
        0 => "zero".to_owned(),
        n @ 1..=9 => format!("the digit {n}"),
        n if n < 0 => format!("a negative number, {n}"),
        n if n % 2 == 0 => format!("an even number, {n}"),
        n => format!("an odd number, {n}"),
    }
}
// ANCHOR_END: describe

// ANCHOR: is_vowel
/// Whether `c` is a lowercase vowel: one arm with every vowel in it. In
/// Go, an empty `case 'a':` written above `case 'e', 'i', 'o', 'u':` does
/// not fall into it, as it would in C: it matches `'a'` and does nothing.
/// The fix is the same in both languages: one case that lists them all.
pub fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}
// ANCHOR_END: is_vowel
