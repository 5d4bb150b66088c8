//! Type switches: exhaustive over an enum, one type at a time over `dyn Any`.

use std::any::Any;

use interfaces::type_switch::{Value, describe, kind};

#[test]
fn describe_covers_every_variant() {
    let described: Vec<String> = [
        Value::Nil,
        Value::Int(-7),
        Value::Text("go".to_owned()),
        Value::Bool(false),
    ]
    .iter()
    .map(describe)
    .collect();
    assert_eq!(described, ["nil", "int -7", "string \"go\"", "bool false"]);
}

// ANCHOR: literal_is_i32
#[test]
fn a_downcast_asks_for_one_exact_type() {
    // An integer literal is an i32 unless told otherwise
    // (Go's untyped 42 becomes an int).
    let literal: Box<dyn Any> = Box::new(42);
    assert_eq!(kind(Some(literal.as_ref())), "something else");
    let wide: Box<dyn Any> = Box::new(42_i64);
    assert_eq!(kind(Some(wide.as_ref())), "int 42");
    // A &str is not a String either.
    let text: Box<dyn Any> = Box::new("gopher");
    assert_eq!(kind(Some(text.as_ref())), "something else");
}
// ANCHOR_END: literal_is_i32

#[test]
fn none_is_go_s_nil_case() {
    assert_eq!(kind(None), "nil");
    assert_eq!(kind(Some(&true)), "bool true");
}

// ANCHOR: box_is_any
#[test]
fn a_box_of_any_is_an_any_itself() {
    let x: Box<dyn Any> = Box::new(true);
    // `&x` is a `&Box<dyn Any>`, and the Box is 'static
    // too: the value asked about is the Box.
    assert_eq!(kind(Some(&x)), "something else");
    // `as_ref()` (or `&*x`) reaches the value inside.
    assert_eq!(kind(Some(x.as_ref())), "bool true");
}
// ANCHOR_END: box_is_any
