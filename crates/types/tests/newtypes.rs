//! What the chapter says about newtypes, aliases and the orphan rule, each a
//! test.

use std::any::TypeId;
use std::time::Duration;

use types::aliases::{Feet, Meters, parse_meters};
use types::deadline::Deadline;
use types::extension::Halve;
use types::units::{Celsius, Fahrenheit};

// ANCHOR: from_applies_the_formula
#[test]
fn from_applies_the_formula_where_go_relabels() {
    let fever = Fahrenheit(212.0);
    // Go's Celsius(fever) would be 212 "degrees Celsius".
    assert_eq!(Celsius(fever.0), Celsius(212.0));
    // The From impl converts.
    assert_eq!(Celsius::from(fever), Celsius(100.0));
    let back: Fahrenheit = Celsius(100.0).into();
    assert_eq!(back, Fahrenheit(212.0));
}
// ANCHOR_END: from_applies_the_formula

/// `Into` comes free with `From`: the standard library's blanket impl.
#[test]
fn into_comes_with_from() {
    fn to_fahrenheit(c: impl Into<Fahrenheit>) -> Fahrenheit {
        c.into()
    }
    assert_eq!(to_fahrenheit(Celsius(-40.0)), Fahrenheit(-40.0));
}

// ANCHOR: alias_is_the_same_type
#[test]
fn an_alias_is_the_same_type_and_mixes_freely() {
    let height: Meters = 2.0;
    let step: Feet = 3.0;
    // Metres plus feet: nonsense, and it compiles.
    let sum = height + step;
    assert_eq!(sum, 5.0);
    assert_eq!(TypeId::of::<Meters>(), TypeId::of::<f64>());
    assert_eq!(TypeId::of::<Meters>(), TypeId::of::<Feet>());
}
// ANCHOR_END: alias_is_the_same_type

/// A newtype is a type of its own: its `TypeId` is not the wrapped type's.
#[test]
fn a_newtype_is_a_type_of_its_own() {
    assert_ne!(TypeId::of::<Celsius>(), TypeId::of::<f64>());
    assert_ne!(TypeId::of::<Celsius>(), TypeId::of::<Fahrenheit>());
}

/// A newtype costs nothing at run time: it is the size of what it wraps.
#[test]
fn a_newtype_is_the_size_of_what_it_wraps() {
    assert_eq!(size_of::<Celsius>(), size_of::<f64>());
    assert_eq!(size_of::<Deadline>(), size_of::<Duration>());
}

/// The alias of a generic `Result` is the `Result` itself: `?` and every
/// `Result` method work on it.
#[test]
fn a_result_alias_is_a_result() {
    assert_eq!(parse_meters(" 1.5 "), Ok(1.5));
    assert!(parse_meters("tall").is_err());
}

// ANCHOR: wrapper_gets_display
#[test]
fn the_wrapper_gets_display_where_duration_cannot() {
    let deadline = Deadline(Duration::from_millis(1500));
    assert_eq!(deadline.to_string(), "in 1.5s");
    // A local trait on the foreign type is fine.
    assert_eq!(Duration::from_secs(3).half(), Duration::from_millis(1500));
}
// ANCHOR_END: wrapper_gets_display

/// A derive gives the newtype exactly the traits it asks for: `Celsius`
/// derives `PartialOrd`, so temperatures compare.
#[test]
fn derives_give_the_newtype_what_it_asks_for() {
    assert!(Celsius(-1.0) < Celsius(0.0));
    assert_eq!(format!("{:?}", Celsius(1.5)), "Celsius(1.5)");
    assert_eq!(Celsius(1.5).to_string(), "1.5°C");
}
