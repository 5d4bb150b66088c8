//! Graded tests for slices-1: deleting by index, by value and by predicate.

use slices_1::{delete_all, delete_at, delete_first, take_where};

graded::tests! {
    /// `delete_at` returns the item and keeps the others in their order.
    fn delete_at_keeps_the_order() {
        let mut items = vec![10, 20, 30, 40, 50];
        assert_eq!(delete_at(&mut items, 1), Some(20), "delete_at(.., 1) should return the item at index 1");
        assert_eq!(
            items,
            [10, 30, 40, 50],
            "after deleting index 1 of [10, 20, 30, 40, 50] the others should stay in order: \
             moving the last item into the hole (Go's quick delete, `swap_remove`) reorders them"
        );
    }

    /// `delete_at` can delete the first and the last item.
    fn delete_at_the_ends() {
        let mut items = vec![1, 2, 3];
        assert_eq!(delete_at(&mut items, 2), Some(3), "the last index, len - 1, is a valid index");
        assert_eq!(delete_at(&mut items, 0), Some(1), "index 0 is the first item");
        assert_eq!(items, [2], "deleting both ends of [1, 2, 3] should leave [2]");
    }

    /// An index past the end is `None` and changes nothing, `len` included.
    fn delete_at_past_the_end_is_none() {
        let mut items = vec![1, 2, 3];
        assert_eq!(
            delete_at(&mut items, 3),
            None,
            "index 3 of a 3-item list is past the end (the last index is 2): return None, do not panic"
        );
        assert_eq!(delete_at(&mut items, 99), None, "index 99 of a 3-item list should be None");
        assert_eq!(items, [1, 2, 3], "a refused delete should change nothing");
        assert_eq!(delete_at(&mut Vec::new(), 0), None, "an empty list has no index 0");
    }

    /// `delete_first` removes only the first equal item, keeping the order.
    fn delete_first_removes_only_the_first_match() {
        let mut items = vec![5, 7, 9, 7, 3];
        assert!(delete_first(&mut items, 7), "7 is in the list: delete_first should say true");
        assert_eq!(
            items,
            [5, 9, 7, 3],
            "delete_first(.., 7) on [5, 7, 9, 7, 3] should remove only the first 7 and keep \
             the order of the rest"
        );
    }

    /// `delete_first` of a missing value says false and changes nothing.
    fn delete_first_of_a_missing_value() {
        let mut items = vec![1, 2, 3];
        assert!(!delete_first(&mut items, 4), "4 is not in the list: delete_first should say false");
        assert_eq!(items, [1, 2, 3], "deleting a missing value should change nothing");
    }

    /// `delete_all` removes every match, adjacent ones included.
    fn delete_all_removes_adjacent_matches_too() {
        let mut items = vec![2, 2, 1, 2, 2, 2, 3, 2];
        assert_eq!(delete_all(&mut items, 2), 6, "there are six 2s in [2, 2, 1, 2, 2, 2, 3, 2]");
        assert_eq!(
            items,
            [1, 3],
            "every 2 should be gone: deleting while stepping forward by index skips the item that \
             moves into the deleted one's place"
        );
    }

    /// `delete_all` keeps the order of the others, and counts 0 when none match.
    fn delete_all_keeps_the_order_and_counts() {
        let mut items = vec![4, 0, 3, 0, 2, 1];
        assert_eq!(delete_all(&mut items, 0), 2, "there are two 0s to remove");
        assert_eq!(items, [4, 3, 2, 1], "the items that stay should keep their order");
        assert_eq!(delete_all(&mut items, 9), 0, "no 9 in the list: 0 removed");
        assert_eq!(items, [4, 3, 2, 1], "removing a missing value should change nothing");
    }

    /// `take_where` returns what it removed, in order, and the caller's Vec
    /// keeps the rest, in order.
    fn take_where_splits_the_callers_vec() {
        let mut items = vec![1, 2, 2, 3, 4, 4, 5, 6];
        let evens = take_where(&mut items, |n| n % 2 == 0);
        assert_eq!(evens, [2, 2, 4, 4, 6], "take_where should return the even items, in their order");
        assert_eq!(
            items,
            [1, 3, 5],
            "the caller's Vec should keep only the odd items: removing from a copy of it \
             leaves the caller's list unchanged"
        );
    }

    /// `take_where` asks about each item once, in order.
    fn take_where_asks_about_each_item_once_in_order() {
        let mut items = vec![3, 1, 4, 1, 5];
        let mut asked = Vec::new();
        let taken = take_where(&mut items, |n| {
            asked.push(n);
            n > 3
        });
        assert_eq!(asked, [3, 1, 4, 1, 5], "the predicate should see every item once, in order");
        assert_eq!((taken, items), (vec![4, 5], vec![3, 1, 1]), "take_where(.., n > 3) on [3, 1, 4, 1, 5]");
    }
}
