//! Go's switch as a `match`: or-patterns, ranges, a `_` arm that the
//! compiler insists on, and the empty case that falls into nothing. The
//! port of `go/control_flow_switch/main.go`.

use control_flow::switch::{DayKind, day_kind, grade, is_vowel};

// ANCHOR: is_vowel_broken
/// Go's broken version, ported as Go runs it: the empty `case 'a':` matches
/// and does nothing, so 'a' ends up `false`. Rust makes the arm say so.
fn is_vowel_broken(c: char) -> bool {
    match c {
        'a' => false, // what Go's empty case does: it does not fall through
        'e' | 'i' | 'o' | 'u' => true,
        _ => false,
    }
}
// ANCHOR_END: is_vowel_broken

fn main() {
    // ANCHOR: main
    for day in ["tue", "sun", "someday"] {
        let kind = match day_kind(day) {
            DayKind::Weekday => "weekday",
            DayKind::Weekend => "weekend",
            DayKind::Unknown => "unknown",
        };
        println!("{day}: {kind}");
    }
    for score in [95, 83, 42, 120] {
        println!("{score} gets {}", grade(score));
    }
    // ANCHOR_END: main

    // ANCHOR: no_case
    let n = 7;
    match n {
        0 => println!("zero"),
        1 | 2 => println!("one or two"),
        _ => {} // Go runs no case; Rust wants the "nothing" written down
    }
    println!("no case ran for {n}");
    // ANCHOR_END: no_case

    // ANCHOR: main_vowel
    println!(
        "broken: is 'a' a vowel? {} 'e'? {}",
        is_vowel_broken('a'),
        is_vowel_broken('e')
    );
    println!(
        "fixed: is 'a' a vowel? {} 'e'? {}",
        is_vowel('a'),
        is_vowel('e')
    );
    // ANCHOR_END: main_vowel
}
