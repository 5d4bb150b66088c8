//! Graded tests for types-1: temperatures as newtypes, converted by `From`.

use types_1::{Celsius, Fahrenheit, Kelvin, warmest};

/// Whether two temperatures agree to within rounding.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

graded::tests! {
    /// Celsius to Fahrenheit applies °F = °C × 9/5 + 32.
    fn celsius_to_fahrenheit_applies_the_formula() {
        for (c, f) in [(100.0, 212.0), (0.0, 32.0), (-40.0, -40.0), (37.0, 98.6)] {
            let got = Fahrenheit::from(Celsius(c)).0;
            assert!(
                close(got, f),
                "{c} °C should be {f} °F, got {got} °F: the formula is °C × 9/5 + 32, and a \
                 conversion that only relabels the number (Go's `Fahrenheit(c)`) is wrong"
            );
        }
    }

    /// Fahrenheit to Celsius applies °C = (°F − 32) × 5/9.
    fn fahrenheit_to_celsius_applies_the_formula() {
        for (f, c) in [(212.0, 100.0), (32.0, 0.0), (-40.0, -40.0), (50.0, 10.0)] {
            let got = Celsius::from(Fahrenheit(f)).0;
            assert!(
                close(got, c),
                "{f} °F should be {c} °C, got {got} °C: subtract 32 first, then multiply by \
                 5/9 (brackets!), and do not just relabel the number as Go's `Celsius(f)` does"
            );
        }
    }

    /// `into()` works too, because `From` gives `Into` for free.
    fn into_converts_both_ways() {
        let f: Fahrenheit = Celsius(20.0).into();
        assert!(close(f.0, 68.0), "Celsius(20.0).into() should be 68 °F, got {} °F", f.0);
        let c: Celsius = Fahrenheit(68.0).into();
        assert!(close(c.0, 20.0), "Fahrenheit(68.0).into() should be 20 °C, got {} °C", c.0);
    }

    /// Celsius and kelvins differ by exactly 273.15, both ways.
    fn celsius_and_kelvin_differ_by_273_15() {
        for (c, k) in [(0.0, 273.15), (-273.15, 0.0), (100.0, 373.15)] {
            let got = Kelvin::from(Celsius(c)).0;
            assert!(close(got, k), "{c} °C should be {k} K, got {got} K: K = °C + 273.15");
            let back = Celsius::from(Kelvin(k)).0;
            assert!(close(back, c), "{k} K should be {c} °C, got {back} °C: °C = K − 273.15");
        }
    }

    /// Fahrenheit to kelvins goes through Celsius: 212 °F is 373.15 K.
    fn fahrenheit_to_kelvin_goes_through_celsius() {
        for (f, k) in [(212.0, 373.15), (32.0, 273.15), (-459.67, 0.0)] {
            let got = Kelvin::from(Fahrenheit(f)).0;
            assert!(
                close(got, k),
                "{f} °F should be {k} K, got {got} K: convert to Celsius first, then to kelvins"
            );
        }
    }

    /// A round trip through another unit gives back the temperature.
    fn a_round_trip_gives_back_the_temperature() {
        for c in [-17.5, 0.0, 36.6, 451.0] {
            let back = Celsius::from(Fahrenheit::from(Celsius(c))).0;
            assert!(
                close(back, c),
                "{c} °C to Fahrenheit and back should be {c} °C, got {back} °C: the two \
                 formulas should undo each other"
            );
        }
    }

    /// Water freezes at 0 °C and below, not above.
    fn is_freezing_includes_zero() {
        assert!(Celsius(0.0).is_freezing(), "0 °C is the freezing point: it should freeze");
        assert!(Celsius(-5.0).is_freezing(), "-5 °C should freeze");
        assert!(!Celsius(0.5).is_freezing(), "0.5 °C is above freezing: it should not freeze");
    }

    /// The warmest reading is found wherever it is, even when all are below zero.
    fn warmest_is_the_highest_reading() {
        for (readings, best) in [
            (vec![3.0, 19.5, 7.0], 19.5),
            (vec![19.5, 3.0], 19.5),
            (vec![3.0, 7.0, 19.5], 19.5),
            (vec![-8.0, -3.5, -12.0], -3.5),
        ] {
            let readings: Vec<Celsius> = readings.into_iter().map(Celsius).collect();
            assert_eq!(
                warmest(&readings),
                Some(Celsius(best)),
                "the warmest of {readings:?} should be {best} °C; starting \"the warmest so \
                 far\" at Go's zero value Celsius(0) is wrong when every reading is below zero"
            );
        }
    }

    /// With no readings there is no warmest: `None`.
    fn warmest_of_no_readings_is_none() {
        assert_eq!(
            warmest(&[]),
            None,
            "with no readings there is no warmest: return None, not Some(Celsius(0.0))"
        );
    }
}
