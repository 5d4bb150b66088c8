//! Go's type switch, two ways.
//!
//! Where the set of types is known, Rust's answer is an `enum`: each variant
//! carries its value, and a `match` over it must cover every variant (a
//! forgotten one is error E0004), which a Go type switch never checks.
//! Where the set is open (Go's `interface{}`), a `&dyn Any` can be asked
//! for one concrete type at a time with `downcast_ref`, Go's
//! `v, ok := x.(T)`.
//!
//! ```
//! use interfaces::type_switch::{Value, describe, kind};
//!
//! assert_eq!(describe(&Value::Int(42)), "int 42");
//! assert_eq!(kind(Some(&"gopher".to_owned())), r#"string "gopher""#);
//! assert_eq!(kind(None), "nil");
//! ```

use std::any::Any;

// ANCHOR: value
/// A closed set of types: Go's `interface{}` when you
/// know every type it may hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Nil,
    Int(i64),
    Text(String),
    Bool(bool),
}

/// An exhaustive `match`: add a variant and this stops
/// compiling until it is handled.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Nil => "nil".to_owned(),
        Value::Int(n) => format!("int {n}"),
        Value::Text(s) => format!("string {s:?}"),
        Value::Bool(b) => format!("bool {b}"),
    }
}
// ANCHOR_END: value

// ANCHOR: kind
/// Go's `switch v := x.(type)` over an open set: ask
/// for each type in turn. `None` is Go's `case nil`.
pub fn kind(x: Option<&dyn Any>) -> String {
    let Some(x) = x else {
        return "nil".to_owned();
    };
    if let Some(n) = x.downcast_ref::<i64>() {
        format!("int {n}")
    } else if let Some(s) = x.downcast_ref::<String>() {
        format!("string {s:?}")
    } else if let Some(b) = x.downcast_ref::<bool>() {
        format!("bool {b}")
    } else {
        "something else".to_owned()
    }
}
// ANCHOR_END: kind
