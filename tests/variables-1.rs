//! Graded tests for variables-1: callbacks built in a loop keep their own
//! iteration's value.

use variables_1::{apply_all, greeters, multipliers};

graded::tests! {
    /// `multipliers(n)` makes `n` callbacks, no more and no fewer.
    fn multipliers_makes_count_callbacks() {
        for count in [0, 1, 4] {
            assert_eq!(
                multipliers(count).len(),
                count as usize,
                "multipliers({count}) should make {count} callbacks: factors 1 to {count}"
            );
        }
    }

    /// The i-th multiplier multiplies by its own factor, 1 to `count`.
    fn each_multiplier_keeps_its_own_factor() {
        let funcs = multipliers(4);
        let got: Vec<i64> = funcs.iter().map(|f| f(10)).collect();
        assert_eq!(
            got,
            [10, 20, 30, 40],
            "multipliers(4) applied to 10 should give [10, 20, 30, 40]: each callback keeps its \
             own iteration's factor, 1 to 4 (all the same means one variable is shared, as in Go \
             1.21 and before; a 0 first means the factors start at 0)"
        );
    }

    /// Callbacks made by two calls are independent of each other.
    fn two_calls_make_independent_multipliers() {
        let small = multipliers(2);
        let large = multipliers(5);
        assert_eq!(
            (small[1](7), large[1](7), large[4](7)),
            (14, 14, 35),
            "the second multiplier of any call should double, and the fifth of multipliers(5) \
             multiply by 5"
        );
    }

    /// Each greeter greets its own name, in order.
    fn each_greeter_greets_its_own_name() {
        let funcs = greeters(&["ann", "bo", "cy"]);
        let got: Vec<String> = funcs.iter().map(|greet| greet()).collect();
        assert_eq!(
            got,
            ["hello, ann", "hello, bo", "hello, cy"],
            "each greeter should greet the name of its own iteration, in order (all \"hello, \
             cy\" means one name variable is shared, as in Go 1.21 and before)"
        );
    }

    /// The greeters own their names: they still work after the names are gone.
    fn greeters_outlive_the_names() {
        let funcs = {
            let names = ["dee".to_owned(), "eve".to_owned()];
            let borrowed: Vec<&str> = names.iter().map(String::as_str).collect();
            greeters(&borrowed)
        };
        assert_eq!(
            funcs[1](),
            "hello, eve",
            "a greeter should still greet after the caller's names were dropped"
        );
        assert!(greeters(&[]).is_empty(), "no names should give no greeters");
    }

    /// `apply_all` gives one result per callback, each applied to the same x.
    fn apply_all_applies_each_callback_to_x() {
        let got = apply_all(&multipliers(3), 5);
        assert_eq!(
            got,
            [5, 10, 15],
            "apply_all(multipliers(3), 5) should be [5, 10, 15]: each callback gets 5 itself, \
             not the previous callback's result"
        );
        assert!(apply_all(&[], 5).is_empty(), "no callbacks should give no results");
    }
}
