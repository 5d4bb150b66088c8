//! Graded tests for containers-2: the last N log lines, in a ring buffer
//! that writes each new line over the oldest.

use containers_2::LastLines;

/// A ring of `capacity` with these lines pushed, in order.
fn with_lines(capacity: usize, lines: &[&str]) -> LastLines {
    let mut ring = LastLines::new(capacity);
    for line in lines {
        ring.push(line);
    }
    ring
}

graded::tests! {
    /// While there is room, every line is kept, oldest first.
    fn keeps_every_line_while_there_is_room() {
        let ring = with_lines(4, &["boot", "listen", "accept"]);
        assert_eq!(
            ring.lines(),
            ["boot", "listen", "accept"],
            "three lines pushed into a ring of 4 should all be there, oldest first"
        );
        assert_eq!(ring.len(), 3, "three lines were pushed into a ring of 4: len is 3");
        assert_eq!(ring.capacity(), 4, "the capacity is the 4 the ring was made with");
    }

    /// Slots never written are not lines: `lines()` returns only the lines
    /// pushed (Go's ring `Do` visits the empty slots too, as nil).
    fn unused_slots_are_not_lines() {
        let ring = with_lines(5, &["one", "two"]);
        assert_eq!(
            ring.lines(),
            ["one", "two"],
            "a ring of 5 with 2 lines should give 2 lines, not the 3 empty slots as well"
        );
    }

    /// A full ring drops the oldest line to make room for the new one.
    fn a_full_ring_drops_the_oldest_line() {
        let ring = with_lines(3, &["a", "b", "c", "d", "e"]);
        assert_eq!(
            ring.lines(),
            ["c", "d", "e"],
            "after a..e in a ring of 3 the last three lines should be left, oldest first: \
             `a` and `b` were overwritten, in that order"
        );
        assert_eq!(ring.len(), 3, "a full ring of 3 holds 3 lines, however many were pushed");
        assert_eq!(ring.capacity(), 3, "pushing does not change the capacity");
    }

    /// After every push, through many wraps around the end of the slots,
    /// the lines are the last ones pushed, oldest first.
    fn lines_run_oldest_to_newest_through_many_wraps() {
        for capacity in [2, 3, 4] {
            let mut ring = LastLines::new(capacity);
            let mut pushed = Vec::new();
            for n in 1..=11 {
                let line = format!("line {n}");
                ring.push(&line);
                pushed.push(line);
                let expected: Vec<&str> = pushed
                    .iter()
                    .skip(pushed.len().saturating_sub(capacity))
                    .map(String::as_str)
                    .collect();
                assert_eq!(
                    ring.lines(),
                    expected,
                    "a ring of {capacity} after {n} pushes should hold the last {} lines, \
                     oldest first: reading the slots from index 0 instead of from the oldest, \
                     or wrapping one slot too early or too late, mixes up the order",
                    expected.len()
                );
                assert_eq!(
                    ring.len(),
                    expected.len(),
                    "a ring of {capacity} after {n} pushes holds {} lines",
                    expected.len()
                );
            }
        }
    }

    /// The line pushed last is always kept: a full ring overwrites the
    /// oldest line, never the newest.
    fn the_newest_line_is_kept() {
        let mut ring = with_lines(2, &["x", "y"]);
        for line in ["p", "q", "r"] {
            ring.push(line);
            assert_eq!(
                ring.newest(),
                Some(line),
                "the line just pushed, {line:?}, should be the newest"
            );
            assert_eq!(
                ring.lines().last(),
                Some(&line),
                "the line just pushed, {line:?}, should be the last of lines(): the push \
                 wrote over the newest line instead of the oldest"
            );
        }
        assert_eq!(ring.lines(), ["q", "r"], "a ring of 2 after x, y, p, q, r holds q, r");
    }

    /// `newest` is `None` for an empty ring, then the last line pushed.
    fn newest_is_the_line_pushed_last() {
        let mut ring = LastLines::new(3);
        assert_eq!(ring.newest(), None, "an empty ring has no newest line");
        ring.push("first");
        assert_eq!(ring.newest(), Some("first"), "after one push, that line is the newest");
        ring.push("second");
        ring.push("third");
        assert_eq!(ring.newest(), Some("third"), "the newest of first, second, third is third");
        ring.push("fourth");
        assert_eq!(
            ring.newest(),
            Some("fourth"),
            "after the ring of 3 wrapped, the newest is the line pushed last, fourth"
        );
    }

    /// `len` and `is_empty` count the lines held, never past the capacity.
    fn len_counts_lines_up_to_the_capacity() {
        let mut ring = LastLines::new(3);
        assert!(ring.is_empty(), "a new ring is empty");
        assert_eq!(ring.len(), 0, "a new ring holds 0 lines");
        assert!(ring.lines().is_empty(), "a new ring has no lines");
        assert_eq!(ring.capacity(), 3, "a new ring of 3 has capacity 3");
        for pushes in 1..=10 {
            ring.push("line");
            let expected = pushes.min(3);
            assert_eq!(ring.len(), expected, "a ring of 3 after {pushes} pushes holds {expected}");
        }
        assert!(!ring.is_empty(), "a ring with lines is not empty");
    }

    /// A ring of one slot keeps only the last line.
    fn a_ring_of_one_keeps_the_last_line() {
        let mut ring = LastLines::new(1);
        for line in ["a", "b", "c"] {
            ring.push(line);
            assert_eq!(ring.lines(), [line], "a ring of 1 holds only the line just pushed");
        }
        assert_eq!(ring.len(), 1, "a ring of 1 holds 1 line");
        assert_eq!(ring.newest(), Some("c"), "the newest line of a ring of 1 is the last pushed");
    }

    /// A ring of capacity 0 keeps nothing, and pushing into it does not
    /// panic.
    fn a_ring_of_zero_keeps_nothing() {
        let mut ring = LastLines::new(0);
        ring.push("dropped");
        ring.push("dropped too");
        assert!(ring.lines().is_empty(), "a ring of capacity 0 keeps no line");
        assert_eq!(ring.len(), 0, "a ring of capacity 0 holds 0 lines");
        assert!(ring.is_empty(), "a ring of capacity 0 is always empty");
        assert_eq!(ring.newest(), None, "a ring of capacity 0 has no newest line");
        assert_eq!(ring.capacity(), 0, "a ring made with capacity 0 has capacity 0");
    }
}
