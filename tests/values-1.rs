//! Graded tests for values-1: scores read, changed and grown through borrows.

use values_1::{add_bonus, best, drop_below, record, total};

graded::tests! {
    /// `total` adds every score, negative ones too, and is 0 for no scores.
    fn total_adds_every_score() {
        assert_eq!(total(&[]), 0, "the total of no scores should be 0");
        assert_eq!(total(&[42]), 42, "the total of one score should be that score");
        let scores = vec![12, -3, 40, 8];
        assert_eq!(
            total(&scores),
            57,
            "total of [12, -3, 40, 8] should be 57: every score counts, the first, the last \
             and the negative one too"
        );
    }

    /// `best` is the highest score, wherever it is in the slice.
    fn best_is_the_highest_score() {
        for (scores, highest) in [
            (vec![4, 19, 7], 19),
            (vec![19, 4, 7], 19),
            (vec![4, 7, 19], 19),
            (vec![6], 6),
        ] {
            assert_eq!(
                best(&scores),
                Some(highest),
                "the best of {scores:?} should be Some({highest})"
            );
        }
    }

    /// When every score is negative, the best is still one of them.
    fn best_of_negative_scores_is_one_of_them() {
        assert_eq!(
            best(&[-8, -3, -12]),
            Some(-3),
            "the best of [-8, -3, -12] should be Some(-3): starting \"the best so far\" at \
             Go's zero value 0 reports a score nobody made"
        );
    }

    /// With no scores there is no best: `None`.
    fn best_of_no_scores_is_none() {
        assert_eq!(
            best(&[]),
            None,
            "with no scores there is no best: return None, not Go's zero value Some(0)"
        );
    }

    /// `add_bonus` changes every score in the caller's own Vec.
    fn add_bonus_changes_every_score_in_the_callers_vec() {
        let mut scores = vec![10, 0, -4];
        add_bonus(&mut scores, 5);
        assert_eq!(
            scores,
            [15, 5, 1],
            "after add_bonus(&mut scores, 5) each of the caller's scores should be 5 higher: \
             adding to copies of the scores (like Go's \
             `for _, s := range scores {{ s += bonus }}`) changes nothing the caller can see"
        );
    }

    /// A negative bonus is a penalty, and part of a Vec can be lent as a
    /// slice: only that part changes.
    fn add_bonus_of_a_penalty_to_part_of_a_vec() {
        let mut scores = vec![10, 20, 30, 40];
        add_bonus(&mut scores[1..3], -7);
        assert_eq!(
            scores,
            [10, 13, 23, 40],
            "add_bonus(&mut scores[1..3], -7) should take 7 from the two scores in the middle, \
             and leave the others alone"
        );
        add_bonus(&mut [], 3); // no scores: nothing to do, and no panic
    }

    /// `record` appends to the caller's Vec, in order, however many scores
    /// it records.
    fn record_appends_to_the_callers_vec() {
        let mut scores = Vec::new();
        for score in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3] {
            record(&mut scores, score);
        }
        assert_eq!(
            scores,
            [3, 1, 4, 1, 5, 9, 2, 6, 5, 3],
            "every recorded score should be in the caller's Vec, in order: pushing onto a \
             copy of the Vec (like Go's `scores = append(scores, score)` inside the function) \
             loses the append"
        );
    }

    /// `drop_below` removes the scores under `min`, and keeps those at
    /// `min` and above, in their order.
    fn drop_below_keeps_the_scores_at_or_above_min_in_order() {
        let mut scores = vec![5, 12, 3, 10, 9, 10, 15];
        drop_below(&mut scores, 10);
        assert_eq!(
            scores,
            [12, 10, 10, 15],
            "drop_below(&mut [5, 12, 3, 10, 9, 10, 15], 10) should leave [12, 10, 10, 15]: \
             the scores equal to min stay, and the others keep their order (moving the last \
             score into a removed one's place, Go's unordered delete, reorders them)"
        );
    }

    /// `drop_below` may remove every score, or none.
    fn drop_below_can_remove_all_or_nothing() {
        let mut scores = vec![1, 2, 3];
        drop_below(&mut scores, 4);
        assert!(
            scores.is_empty(),
            "drop_below(&mut [1, 2, 3], 4) should remove every score, but left {scores:?}"
        );
        let mut scores = vec![7, 8, 9];
        drop_below(&mut scores, 7);
        assert_eq!(
            scores,
            [7, 8, 9],
            "drop_below(&mut [7, 8, 9], 7) should keep every score: none is below 7"
        );
    }
}
