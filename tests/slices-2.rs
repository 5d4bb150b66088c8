//! Graded tests for slices-2: compacting, cutting and splitting a list.

use slices_2::{compact, delete_range, keep_first_occurrences, split_after};

graded::tests! {
    /// `compact` leaves one item of each run of equal items, in order.
    fn compact_leaves_one_item_per_run() {
        let mut items = vec![1, 1, 2, 2, 2, 3, 3, 3, 3];
        compact(&mut items);
        assert_eq!(items, [1, 2, 3], "compact of [1, 1, 2, 2, 2, 3, 3, 3, 3] should be [1, 2, 3]");
    }

    /// `compact` removes only consecutive repeats: a value that comes back
    /// later stays.
    fn compact_keeps_a_value_that_comes_back() {
        let mut items = vec![1, 1, 2, 1, 1, 3, 2];
        compact(&mut items);
        assert_eq!(
            items,
            [1, 2, 1, 3, 2],
            "compact of [1, 1, 2, 1, 1, 3, 2] should be [1, 2, 1, 3, 2]: only a repeat of the \
             item just before is removed, not every value seen earlier"
        );
        let mut empty: Vec<i32> = Vec::new();
        compact(&mut empty);
        assert!(empty.is_empty(), "compact of an empty list should stay empty");
    }

    /// `delete_range` removes `start..end`, `end` excluded, and returns it.
    fn delete_range_removes_a_half_open_range() {
        let mut items = vec![0, 1, 2, 3, 4, 5, 6];
        assert_eq!(
            delete_range(&mut items, 1, 3),
            Some(vec![1, 2]),
            "delete_range(.., 1, 3) should remove and return items 1 and 2: `end` is excluded, as in Go's s[1:3]"
        );
        assert_eq!(items, [0, 3, 4, 5, 6], "after deleting 1..3 the rest should stay in order");
    }

    /// A range may end at the length, and may be empty.
    fn delete_range_to_the_end_and_empty_ranges() {
        let mut items = vec![0, 1, 2, 3];
        assert_eq!(
            delete_range(&mut items, 2, 4),
            Some(vec![2, 3]),
            "end == len is a valid end (Go's s[2:len(s)]): delete_range(.., 2, 4) of a 4-item list \
             should remove the last two"
        );
        assert_eq!(delete_range(&mut items, 1, 1), Some(vec![]), "an empty range removes nothing and is valid");
        assert_eq!(delete_range(&mut items, 2, 2), Some(vec![]), "start == end == len is an empty, valid range");
        assert_eq!(items, [0, 1], "only the last two items should have gone");
    }

    /// A bad range is `None` and changes nothing.
    fn delete_range_refuses_a_bad_range() {
        let mut items = vec![0, 1, 2, 3];
        assert_eq!(delete_range(&mut items, 2, 5), None, "end 5 is past the end of a 4-item list: None");
        assert_eq!(delete_range(&mut items, 3, 2), None, "start 3 after end 2 is not a range: None");
        assert_eq!(items, [0, 1, 2, 3], "a refused delete_range should change nothing");
    }

    /// `keep_first_occurrences` leaves each value once, at its first place.
    fn keep_first_occurrences_removes_every_later_repeat() {
        let mut items = vec![3, 1, 3, 2, 1, 3, 4, 2];
        keep_first_occurrences(&mut items);
        assert_eq!(
            items,
            [3, 1, 2, 4],
            "keep_first_occurrences of [3, 1, 3, 2, 1, 3, 4, 2] should be [3, 1, 2, 4]: every value \
             once, in the order it first appears (a repeat that is not next to the first one must \
             go too, and sorting loses the order)"
        );
    }

    /// Distinct values are left alone, in their order.
    fn keep_first_occurrences_leaves_distinct_values() {
        let mut items = vec![9, 4, 7, 1];
        keep_first_occurrences(&mut items);
        assert_eq!(items, [9, 4, 7, 1], "a list with no repeats should not change, nor be sorted");
    }

    /// `split_after` keeps `n` and returns the rest.
    fn split_after_keeps_n_and_returns_the_rest() {
        let mut items = vec![1, 2, 3, 4, 5];
        let rest = split_after(&mut items, 2);
        assert_eq!(
            (items, rest),
            (vec![1, 2], vec![3, 4, 5]),
            "split_after(.., 2) of [1, 2, 3, 4, 5] should keep [1, 2] and return [3, 4, 5]"
        );
    }

    /// With `n` at or past the length, nothing is split off, and no panic.
    fn split_after_past_the_end_returns_nothing() {
        let mut items = vec![1, 2, 3];
        assert!(split_after(&mut items, 3).is_empty(), "split_after(.., 3) of 3 items should return nothing");
        assert!(
            split_after(&mut items, 10).is_empty(),
            "split_after(.., 10) of 3 items should return nothing, not panic"
        );
        assert_eq!(items, [1, 2, 3], "the items should all stay");
        assert_eq!(split_after(&mut items, 0), [1, 2, 3], "split_after(.., 0) should return everything");
        assert!(items.is_empty(), "and leave nothing");
    }
}
