//! Newtypes for temperatures: the port of `go/types_defined/main.go`. Go's
//! conversion `Celsius(fever)` relabels the number; Rust's
//! `Celsius::from(fever)` runs the `From` impl, which applies the formula.

use types::units::{Celsius, Fahrenheit};

fn main() {
    // ANCHOR: main
    let boiling = Celsius(100.0);
    println!("{boiling} is {}", boiling.to_fahrenheit());
    let warmer = boiling.warmer_by(5.0);
    println!("an untyped constant mixes in: {warmer}");
    let reading: f64 = 21.5;
    let room = Celsius(reading);
    println!("a float64 needs a conversion: {room}");
    // ANCHOR_END: main

    // ANCHOR: pitfall
    let fever = Fahrenheit(101.3);
    // Go's relabelling, written out: take the
    // number out, wrap it again.
    let relabelled = Celsius(fever.0);
    println!("Celsius(fever): {relabelled}");
    println!("as a plain float64: {}", relabelled.0);
    // ANCHOR_END: pitfall

    // ANCHOR: convert
    let converted = Celsius::from(fever);
    println!("converted: {converted}");
    let back: Fahrenheit = converted.into();
    println!("and back: {back}");
    // ANCHOR_END: convert
}
