//! Graded tests for escape-1: each function gives the right result and
//! allocates nothing, counted by the course's counting allocator (counts,
//! never time).

use escape_1::{Span, count_long_words, fill_squares, histogram, make_scaler, min_max};

// Every allocation of this test binary goes through the counter.
#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

graded::tests! {
    /// `min_max` finds the smallest and largest value and returns the
    /// `Span` by value, with no allocation.
    fn min_max_returns_by_value() {
        let values = [4, -7, 19, 0, 19, -7, 3];
        let (span, seen) = allocount::count(|| min_max(&values));
        assert_eq!(
            span,
            Some(Span { min: -7, max: 19 }),
            "min_max of [4, -7, 19, 0, 19, -7, 3] should be min -7, max 19"
        );
        assert_eq!(
            seen.count, 0,
            "min_max allocated {} times: return the Span itself, not a Box (Go's `&Span{{...}}` \
             escapes; a Rust value returned by value is moved out to the caller)",
            seen.count
        );
        assert_eq!(min_max(&[]), None, "min_max of no values should be None");
        assert_eq!(
            min_max(&[5]),
            Some(Span { min: 5, max: 5 }),
            "min_max of one value should be that value twice"
        );
        assert_eq!(
            min_max(&[i32::MAX, i32::MIN]),
            Some(Span { min: i32::MIN, max: i32::MAX }),
            "min_max should handle the extremes of i32"
        );
    }

    /// `fill_squares` replaces the buffer's contents with the squares, and
    /// a buffer with room is reused: no allocation.
    fn fill_squares_reuses_the_callers_buffer() {
        let mut out = Vec::with_capacity(1000);
        out.extend([7, 7, 7]);
        let ((), seen) = allocount::count(|| fill_squares(&mut out, 1000));
        assert_eq!(out.len(), 1000, "fill_squares(_, 1000) should leave exactly 1000 values (the old contents replaced, not kept)");
        assert_eq!(
            (out[0], out[1], out[2], out[999]),
            (0, 1, 4, 998_001),
            "fill_squares should write 0, 1, 4, ... (i * i for i in 0..n)"
        );
        assert_eq!(
            seen.count, 0,
            "fill_squares allocated {} times into a buffer with room for 1000: clear the \
             caller's Vec and push into it (Go's `buf = buf[:0]`), never build a new one",
            seen.count
        );
        let ((), seen) = allocount::count(|| fill_squares(&mut out, 10));
        assert_eq!(out, [0, 1, 4, 9, 16, 25, 36, 49, 64, 81], "fill_squares(_, 10) should leave the 10 first squares");
        assert_eq!(seen.count, 0, "a shorter fill allocated {} times", seen.count);
        fill_squares(&mut out, 0);
        assert!(out.is_empty(), "fill_squares(_, 0) should leave the buffer empty");
    }

    /// `count_long_words` counts the words longer than `min_len` without
    /// collecting them.
    fn count_long_words_walks_an_iterator() {
        let text = "  the  garbage collector\tfrees what\nno root reaches ";
        let (count, seen) = allocount::count(|| count_long_words(text, 4));
        assert_eq!(count, 4, "4 words are longer than 4 bytes: garbage, collector, frees, reaches");
        assert_eq!(
            seen.count, 0,
            "count_long_words allocated {} times: count as you walk `split_whitespace()`, \
             with no Vec of words (Go's `strings.Fields` builds one)",
            seen.count
        );
        assert_eq!(count_long_words(text, 5), 3, "a word of exactly min_len bytes is not longer than min_len (`frees` has 5)");
        assert_eq!(count_long_words(text, 0), 8, "every one of the 8 words is longer than 0 bytes");
        assert_eq!(count_long_words("", 0), 0, "an empty text has no words");
        assert_eq!(count_long_words("语言 go", 3), 1, "lengths are in bytes: 语言 is 6 bytes");
    }

    /// `histogram` counts the bytes per bucket of 16 in an array returned
    /// by value.
    fn histogram_fills_an_array() {
        let bytes: Vec<u8> = (0..=255).chain([0, 15, 16, 255]).collect();
        let (buckets, seen) = allocount::count(|| histogram(&bytes));
        let mut expected = [16u32; 16];
        expected[0] += 2;
        expected[1] += 1;
        expected[15] += 1;
        assert_eq!(
            buckets, expected,
            "each bucket b holds the bytes from 16*b to 16*b+15 (0 and 15 in bucket 0, 16 in \
             bucket 1, 255 in bucket 15)"
        );
        assert_eq!(
            seen.count, 0,
            "histogram allocated {} times: 16 buckets fit in a `[u32; 16]` on the stack, \
             no map or Vec needed",
            seen.count
        );
        assert_eq!(histogram(&[]), [0; 16], "no bytes, every bucket empty");
    }

    /// `make_scaler` returns a closure that multiplies by its factor, with
    /// no allocation.
    fn make_scaler_returns_the_closure_by_value() {
        let (triple, seen) = allocount::count(|| make_scaler(3));
        assert_eq!(
            seen.count, 0,
            "make_scaler allocated {} times: return `impl Fn`, the closure itself, not a \
             `Box<dyn Fn>` (Go's func value is a pointer to a heap block)",
            seen.count
        );
        let (got, seen) = allocount::count(|| (triple(5), triple(-2), triple(0)));
        assert_eq!(got, (15, -6, 0), "make_scaler(3) should multiply by 3");
        assert_eq!(seen.count, 0, "calling the scaler allocated {} times", seen.count);
        let negate = make_scaler(-1);
        assert_eq!(negate(7), -7, "make_scaler(-1) should negate");
    }
}
