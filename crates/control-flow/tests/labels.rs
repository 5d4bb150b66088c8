//! What the chapter says about labels and `break`, each a test.

use control_flow::labels::{adds_before_quit, find, find_with_iterators, rows_without_negatives};

// ANCHOR: break_in_match
#[test]
fn a_break_in_a_match_arm_leaves_the_loop() {
    let mut seen = Vec::new();
    for n in 1..=5 {
        match n {
            3 => break, // not Go's switch: this ends the `for`
            _ => seen.push(n),
        }
    }
    assert_eq!(seen, [1, 2]);
}
// ANCHOR_END: break_in_match

#[test]
fn adds_after_the_quit_do_not_count() {
    assert_eq!(adds_before_quit(&["add", "add", "quit", "add"]), 2);
    assert_eq!(adds_before_quit(&["add", "noop", "add"]), 2);
    assert_eq!(adds_before_quit(&["quit", "add"]), 0);
}

#[test]
fn a_labelled_block_gives_the_first_match() {
    let grid = [vec![1, 2, 3], vec![4, 8, 6], vec![7, 8, 9]];
    assert_eq!(find(&grid, 8), Some((1, 1)), "the first 8, row by row");
    assert_eq!(find(&grid, 1), Some((0, 0)));
    assert_eq!(find(&grid, 10), None);
    assert_eq!(find(&[], 1), None);
}

#[test]
fn iterators_find_the_same() {
    let grid = [vec![5, 5], vec![], vec![1, 5, 2]];
    for target in 0..7 {
        assert_eq!(
            find(&grid, target),
            find_with_iterators(&grid, target),
            "{target}"
        );
    }
}

#[test]
fn continue_to_the_outer_label_skips_the_rest_of_the_row() {
    let grid = [vec![-1], vec![], vec![2, 3, -4], vec![5]];
    assert_eq!(rows_without_negatives(&grid), [1, 3]);
}

// ANCHOR: labelled_loop
#[test]
fn a_labelled_loop_continues_and_breaks_with_a_value_from_inside_a_for() {
    let mut lines = ["1 2 x", "", "3 4", "5 6"].into_iter();
    let first_numbers = 'lines: loop {
        let Some(line) = lines.next() else {
            break None; // no line left: the loop's value is None
        };
        let mut numbers = Vec::new();
        for field in line.split_whitespace() {
            match field.parse::<i32>() {
                Ok(n) => numbers.push(n),
                Err(_) => continue 'lines, // give up on this line: on with the next
            }
        }
        if !numbers.is_empty() {
            break Some(numbers);
        }
    };
    assert_eq!(first_numbers, Some(vec![3, 4]));
}
// ANCHOR_END: labelled_loop
