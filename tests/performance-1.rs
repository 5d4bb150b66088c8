//! Graded tests for performance-1: each function gives the right result
//! and allocates once (or not at all), counted by the course's counting
//! allocator, never timed.

use performance_1::{join_words, render_counts, scale, squares};

// Every allocation of this test binary goes through the counter.
#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

graded::tests! {
    /// `squares` gives the squares in order, in one allocation.
    fn squares_allocates_once() {
        let (got, seen) = allocount::count(|| squares(1000));
        assert_eq!(got.len(), 1000, "squares(1000) should give 1000 values");
        assert_eq!(
            (got[0], got[1], got[2], got[999]),
            (0, 1, 4, 998_001),
            "squares(n) should be 0, 1, 4, ... (i * i for i in 0..n)"
        );
        assert_eq!(
            seen.count, 1,
            "squares(1000) allocated {} times: a Vec that starts empty reallocates each time \
             it is full (Go's `append` to a nil slice); make it with `Vec::with_capacity(n)`",
            seen.count
        );
    }

    /// `squares(0)` is empty and allocates nothing; a short one allocates once.
    fn no_squares_allocate_nothing() {
        let (got, seen) = allocount::count(|| squares(0));
        assert!(got.is_empty(), "squares(0) should be empty");
        assert_eq!(seen.count, 0, "squares(0) should not allocate: an empty Vec needs no memory");
        let (got, seen) = allocount::count(|| squares(5));
        assert_eq!(got, [0, 1, 4, 9, 16], "squares(5) should be [0, 1, 4, 9, 16]");
        assert_eq!(
            seen.count, 1,
            "squares(5) allocated {} times instead of once: a Vec grown by push starts with room \
             for 4 and reallocates for the fifth",
            seen.count
        );
    }

    /// `join_words` puts the separator between the words only, in one
    /// allocation.
    fn join_words_allocates_once() {
        let words: Vec<String> = (0..200).map(|i| format!("word{i}")).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let (got, seen) = allocount::count(|| join_words(&words, ", "));
        assert_eq!(
            got,
            words.join(", "),
            "join_words should put the separator between the words, and not after the last"
        );
        assert_eq!(
            seen.count, 1,
            "join_words allocated {} times for 200 words: size the String first (the words' \
             lengths and one separator between each two), then push into it",
            seen.count
        );
        assert!(
            seen.bytes <= 2 * got.len() as u64,
            "join_words reserved {} bytes for a {}-byte result: the length to reserve is the \
             words' lengths plus one separator between each two",
            seen.bytes,
            got.len()
        );
    }

    /// `join_words` handles no word, one word and an empty separator.
    fn join_words_edge_cases() {
        let (got, seen) = allocount::count(|| join_words(&[], "-"));
        assert_eq!(got, "", "no words join to an empty string");
        assert_eq!(seen.count, 0, "joining no words should not allocate");
        let (got, seen) = allocount::count(|| join_words(&["go"], "-"));
        assert_eq!(got, "go", "one word joins to itself, without a separator");
        assert_eq!(
            seen.count, 1,
            "joining one word allocated {} times instead of once",
            seen.count
        );
        let (got, seen) = allocount::count(|| join_words(&["a", "bc", "", "d"], ""));
        assert_eq!(got, "abcd", "an empty separator joins the words as they are");
        assert_eq!(
            seen.count, 1,
            "joining with no separator allocated {} times instead of once",
            seen.count
        );
        let (got, _) = allocount::count(|| join_words(&["x", "", "y"], "::"));
        assert_eq!(got, "x::::y", "an empty word still gets its separators");
    }

    /// `render_counts` writes one `name: count` line per pair, in one
    /// allocation.
    fn render_counts_allocates_once() {
        let names: Vec<String> = (0..100).map(|i| format!("item{i}")).collect();
        let counts: Vec<(&str, u32)> = names
            .iter()
            .enumerate()
            .map(|(i, name)| (name.as_str(), (i as u32) * 1_000_003))
            .collect();
        let (got, seen) = allocount::count(|| render_counts(&counts));
        let expected: String = counts.iter().map(|(n, c)| format!("{n}: {c}\n")).collect();
        assert_eq!(
            got, expected,
            "render_counts should write `name: count\\n` for each pair, in order"
        );
        assert_eq!(
            seen.count, 1,
            "render_counts allocated {} times for 100 lines: write every line into one String \
             that has room for all of them (a `format!` per line is an allocation per line)",
            seen.count
        );
        let bound: usize = counts.iter().map(|(name, _)| name.len() + 13).sum();
        assert!(
            seen.bytes <= 2 * bound as u64,
            "render_counts reserved {} bytes where the longest possible lines take {bound}: a \
             line needs the name, \": \", at most 10 digits and \"\\n\"",
            seen.bytes
        );
    }

    /// The largest counts still fit: no second allocation for ten digits.
    fn render_counts_makes_room_for_every_digit() {
        let counts = [("max", u32::MAX), ("zero", 0), ("", 7), ("big", 1_000_000_000)];
        let (got, seen) = allocount::count(|| render_counts(&counts));
        assert_eq!(
            got, "max: 4294967295\nzero: 0\n: 7\nbig: 1000000000\n",
            "render_counts should write each count in full"
        );
        assert_eq!(
            seen.count, 1,
            "render_counts allocated {} times instead of once: either it builds more than one \
             String, or the room it reserved is too small for the numbers (a u32 has up to 10 \
             digits), so the String grew",
            seen.count
        );
        let widest = [("", u32::MAX), ("a", 4_000_000_000), ("", 1_234_567_890)];
        let (got, seen) = allocount::count(|| render_counts(&widest));
        assert_eq!(
            got, ": 4294967295\na: 4000000000\n: 1234567890\n",
            "render_counts should write each count in full"
        );
        assert_eq!(
            seen.count, 1,
            "render_counts allocated {} times for three ten-digit counts: reserve, per line, the \
             name, 2 bytes for \": \", 10 digits and 1 for \"\\n\"",
            seen.count
        );
        let (got, seen) = allocount::count(|| render_counts(&[]));
        assert_eq!((got.as_str(), seen.count), ("", 0), "no pairs: an empty string, no allocation");
    }

    /// `scale` multiplies in place and allocates nothing.
    fn scale_changes_in_place_without_allocating() {
        let mut values: Vec<i64> = (-500..500).collect();
        let (_, seen) = allocount::count(|| scale(&mut values, -3));
        let expected: Vec<i64> = (-500..500).map(|v| v * -3).collect();
        assert_eq!(values, expected, "scale should multiply every value by the factor");
        assert_eq!(
            seen.count, 0,
            "scale allocated {} times: a new Vec of the results is Go's `make` and `copy`; \
             change each value in place through `iter_mut()`",
            seen.count
        );
        let mut none: [i64; 0] = [];
        scale(&mut none, 2);
        let mut one = [7];
        scale(&mut one, 0);
        assert_eq!(one, [0], "scaling by 0 gives 0");
    }
}
