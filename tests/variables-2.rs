//! Graded tests for variables-2: closure factories whose closures each keep
//! state of their own.

use variables_2::{allow_first, counter, first_sighting, running_total};

graded::tests! {
    /// A counter starts at `start` and goes up by `step` on each call.
    fn counter_starts_at_start_and_steps() {
        let mut next = counter(10, 5);
        let got = [next(), next(), next()];
        assert_eq!(
            got,
            [10, 15, 20],
            "counter(10, 5) should return 10, then 15, then 20: the first call returns start \
             itself, and the state must survive between calls"
        );
        let mut down = counter(0, -1);
        assert_eq!([down(), down()], [0, -1], "counter(0, -1) should count down: 0, then -1");
    }

    /// Two counters do not share a count.
    fn counters_are_independent() {
        let mut a = counter(1, 1);
        let mut b = counter(1, 1);
        a();
        a();
        assert_eq!(
            (a(), b()),
            (3, 1),
            "two counters should each keep their own count: after two calls of a, a() is 3 and \
             b() still 1"
        );
    }

    /// A running total adds each amount to the total so far.
    fn running_total_adds_up() {
        let mut add = running_total();
        let got = [add(5), add(7), add(-2)];
        assert_eq!(
            got,
            [5, 12, 10],
            "a running total given 5, 7, -2 should return 5, 12, 10: the total must be kept \
             between calls, not start again at 0"
        );
    }

    /// Two running totals do not share a sum.
    fn running_totals_are_independent() {
        let mut rent = running_total();
        let mut food = running_total();
        rent(500);
        food(30);
        assert_eq!(
            (rent(500), food(20)),
            (1000, 50),
            "two running totals should each keep their own sum (one shared variable, like a Go \
             package-level var, mixes them)"
        );
    }

    /// The limiter says yes exactly `limit` times, then no for good.
    fn allow_first_allows_exactly_limit_calls() {
        let mut allow = allow_first(3);
        let got: Vec<bool> = (0..6).map(|_| allow()).collect();
        assert_eq!(
            got,
            [true, true, true, false, false, false],
            "allow_first(3) should say yes to the first 3 calls and no to every later one"
        );
        let mut never = allow_first(0);
        assert!(!never(), "allow_first(0) should never say yes");
    }

    /// Two limiters count their own calls.
    fn limiters_are_independent() {
        let mut first = allow_first(1);
        let mut second = allow_first(1);
        assert!(first(), "a new limiter with limit 1 should allow its first call");
        assert!(
            second(),
            "a second limiter should allow its own first call, whatever the first limiter did"
        );
        assert!(!first(), "a limiter with limit 1 should refuse its second call");
    }

    /// A word is new the first time only.
    fn first_sighting_is_true_once_per_word() {
        let mut is_new = first_sighting();
        let got: Vec<bool> = ["go", "rust", "go", "go", "zig", "rust"]
            .into_iter()
            .map(&mut is_new)
            .collect();
        assert_eq!(
            got,
            [true, true, false, false, true, false],
            "first_sighting should be true for a word's first appearance and false after: the \
             set of seen words must be kept between calls"
        );
    }

    /// Two detectors remember their own words.
    fn detectors_are_independent() {
        let mut a = first_sighting();
        let mut b = first_sighting();
        assert!(a("gopher"), "a new detector should not have seen \"gopher\"");
        assert!(
            b("gopher"),
            "a second detector should not have seen \"gopher\" either: they must not share one \
             set"
        );
    }
}
