//! Go's `for` forms, and loops that end with a value.

use control_flow::loops::{collatz_steps, countdown, power_of_two_at_least, retry};

#[test]
fn a_while_loop_counts_collatz_steps() {
    assert_eq!(collatz_steps(1), 0);
    assert_eq!(collatz_steps(6), 8);
    assert_eq!(collatz_steps(27), 111);
}

#[test]
#[should_panic(expected = "never reaches 1")]
fn collatz_from_zero_is_refused() {
    collatz_steps(0);
}

#[test]
fn a_loop_breaks_with_its_value() {
    assert_eq!(power_of_two_at_least(0), 1);
    assert_eq!(power_of_two_at_least(1), 1);
    assert_eq!(power_of_two_at_least(100), 128);
    assert_eq!(power_of_two_at_least(1024), 1024);
}

#[test]
fn a_reversed_stepped_range_counts_down() {
    assert_eq!(countdown(10, 3), [10, 7, 4, 1]);
    assert_eq!(countdown(3, 1), [3, 2, 1]);
    assert_eq!(countdown(0, 2), Vec::<u32>::new());
}

#[test]
fn retry_stops_at_the_first_success_or_the_last_attempt() {
    let mut calls = 0;
    let outcome = retry(5, || {
        calls += 1;
        if calls == 2 { Ok("done") } else { Err("busy") }
    });
    assert_eq!(outcome, (Ok("done"), 2));

    let outcome: (Result<(), &str>, u32) = retry(3, || Err("down"));
    assert_eq!(outcome, (Err("down"), 3));
    let outcome: (Result<(), &str>, u32) = retry(0, || Err("down"));
    assert_eq!(outcome, (Err("down"), 1), "at least one call");
}

// ANCHOR: range_forms
#[test]
fn go_range_forms_have_iterator_counterparts() {
    let s = ["a", "b", "c"];
    let pairs: Vec<(usize, &str)> = s.iter().copied().enumerate().collect(); // for i, v := range s
    assert_eq!(pairs, [(0, "a"), (1, "b"), (2, "c")]);
    let offsets: Vec<usize> = "héllo".char_indices().map(|(i, _)| i).collect(); // for i := range "héllo"
    assert_eq!(offsets, [0, 1, 3, 4, 5]);
    let mut sum = 0;
    for i in (0..10).step_by(2) {
        // for i := 0; i < 10; i += 2
        sum += i;
    }
    assert_eq!(sum, 20);
}
// ANCHOR_END: range_forms
