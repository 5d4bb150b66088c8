//! Go's nil pointer in a non-nil `error`, through a model of Go's
//! interface value, then the check the Rust way. The port of
//! `go/interfaces_nil/main.go`.

use std::fmt::Display;

use interfaces::go_interface::GoInterface;
use interfaces::parse::{ParseError, check};

// ANCHOR: go_check
/// Go's `check`, in the model: on success it stores a
/// nil `*ParseError`, and the type word is still set.
fn go_check(input: &str) -> GoInterface<ParseError> {
    let perr = if input.is_empty() {
        Some(ParseError { line: 1 })
    } else {
        None
    };
    GoInterface::holding("*main.ParseError", perr)
}

fn go_report<T: Display>(input: &str, err: &GoInterface<T>) {
    if !err.is_nil() {
        println!("{input:?} failed: {err}");
        return;
    }
    println!("{input:?} ok");
}
// ANCHOR_END: go_check

// ANCHOR: report
fn report(input: &str, result: Result<(), ParseError>) {
    match result {
        Err(err) => println!("{input:?} failed: {err}"),
        Ok(()) => println!("{input:?} ok"),
    }
}
// ANCHOR_END: report

fn main() {
    // ANCHOR: main
    go_report("", &go_check(""));
    go_report("x=1", &go_check("x=1"));
    let err = go_check("x=1");
    let not_nil = !err.is_nil();
    println!("err != nil: {not_nil}, its type: {}", err.type_name());
    // The Rust way: Ok or Err, nothing in between.
    report("x=1", check("x=1"));
    // ANCHOR_END: main
}
