//! Graded tests for builtin-1: Go's builtins as Rust methods, with `None`
//! where Go panics.

use builtin_1::{append_all, checked_div, copy_into, get, remove_at};

graded::tests! {
    /// `copy_into` copies everything when `dst` has room for `src`.
    fn copy_into_a_longer_destination() {
        let mut dst = [0; 5];
        let n = copy_into(&mut dst, &[7, 8, 9]);
        assert_eq!(n, 3, "copying 3 values into room for 5 copies 3: return 3");
        assert_eq!(
            dst,
            [7, 8, 9, 0, 0],
            "the 3 values go to the front of dst, and the rest of dst is left as it was"
        );
    }

    /// `copy_into` copies only what fits when `dst` is shorter, like Go's
    /// `copy`, and does not panic.
    fn copy_into_a_shorter_destination() {
        let mut dst = [0; 2];
        let n = copy_into(&mut dst, &[1, 2, 3, 4]);
        assert_eq!(
            n, 2,
            "copying 4 values into room for 2 copies 2 (Go's copy returns the shorter length)"
        );
        assert_eq!(dst, [1, 2], "the first 2 values of src should be in dst");
    }

    /// `copy_into` with nothing to copy, or no room, copies 0.
    fn copy_into_with_nothing_to_copy() {
        let mut dst = [5, 6];
        assert_eq!(copy_into(&mut dst, &[]), 0, "copying from an empty src copies 0 values");
        assert_eq!(dst, [5, 6], "copying nothing leaves dst as it was");
        assert_eq!(copy_into(&mut [], &[1, 2]), 0, "copying into an empty dst copies 0 values");
    }

    /// `append_all` adds every value, in order, to the caller's Vec.
    fn append_all_appends_in_order() {
        let mut values = vec![1];
        append_all(&mut values, &[2, 3]);
        append_all(&mut values, &[]);
        append_all(&mut values, &[4]);
        assert_eq!(
            values,
            [1, 2, 3, 4],
            "appending [2, 3], [] and [4] to [1] should give [1, 2, 3, 4]"
        );
    }

    /// `get` is the value at the index, and `None` past the end, where Go panics.
    fn get_is_none_out_of_range() {
        let values = [10, 20, 30];
        assert_eq!(get(&values, 0), Some(10), "values[0] is 10");
        assert_eq!(get(&values, 2), Some(30), "values[2], the last one, is 30");
        assert_eq!(
            get(&values, 3),
            None,
            "index 3 is past the end of 3 values: get should return None (Go's values[3] \
             panics with \"index out of range\"), not a zero value"
        );
        assert_eq!(get(&[], 0), None, "an empty slice has no value at index 0");
    }

    /// `remove_at` removes one value and keeps the others in their order.
    fn remove_at_keeps_the_order() {
        let mut values = vec![1, 2, 3, 4, 5];
        assert_eq!(remove_at(&mut values, 1), Some(2), "removing index 1 of [1, 2, 3, 4, 5] removes 2");
        assert_eq!(
            values,
            [1, 3, 4, 5],
            "after removing index 1, the others should stay in order: [1, 3, 4, 5] \
             (moving the last value into the hole, Go's fast unordered delete, reorders them)"
        );
        assert_eq!(remove_at(&mut values, 3), Some(5), "removing the last index removes 5");
        assert_eq!(values, [1, 3, 4], "after removing the last value, [1, 3, 4] are left");
    }

    /// `remove_at` out of range removes nothing and returns `None`.
    fn remove_at_out_of_range_is_none() {
        let mut values = vec![1, 2];
        assert_eq!(
            remove_at(&mut values, 2),
            None,
            "index 2 is past the end of 2 values: remove_at should return None, not panic"
        );
        assert_eq!(values, [1, 2], "a refused remove_at should leave the values as they were");
        assert_eq!(remove_at(&mut Vec::new(), 0), None, "nothing can be removed from an empty Vec");
    }

    /// `checked_div` divides, rounding toward zero, like Go's `/`.
    fn checked_div_divides() {
        assert_eq!(checked_div(7, 2), Some(3), "7 / 2 is 3, rounded toward zero");
        assert_eq!(checked_div(-7, 2), Some(-3), "-7 / 2 is -3, rounded toward zero");
        assert_eq!(checked_div(i32::MIN, 1), Some(i32::MIN), "i32::MIN / 1 is i32::MIN");
    }

    /// `checked_div` is `None` for a zero divisor, where Go panics.
    fn checked_div_by_zero_is_none() {
        assert_eq!(
            checked_div(7, 0),
            None,
            "7 / 0 has no answer: checked_div should return None (Go panics with \
             \"integer divide by zero\")"
        );
    }

    /// `checked_div` is `None` for `i32::MIN / -1`, where Go wraps around.
    fn checked_div_overflow_is_none() {
        assert_eq!(
            checked_div(i32::MIN, -1),
            None,
            "i32::MIN / -1 is 2147483648, which does not fit in an i32: checked_div should \
             return None (Go returns i32::MIN, wrapped around; Rust's `/` panics)"
        );
    }
}
