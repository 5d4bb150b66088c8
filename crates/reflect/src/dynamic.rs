//! Looking at a value whose type is known only at run time: `&dyn Any`.
//!
//! An `Any` answers one question, "are you a `T`?", for a `T` the code
//! names: [`downcast_ref`](std::any::Any) compares the value's
//! [`TypeId`] with `T`'s. So a Rust type switch lists the types it knows,
//! as Go's `switch v.(type)` does, but there is no `reflect.TypeOf` that
//! names any type it is given, and no Kind to fall back on.

use std::any::{Any, TypeId};
use std::fmt;

use crate::model::User;

/// What Go's `reflect.Kind` says about a value, for the kinds the examples
/// use; it prints as Go prints a Kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `reflect.Int`.
    Int,
    /// `reflect.String`.
    String,
    /// `reflect.Slice`.
    Slice,
    /// `reflect.Struct`.
    Struct,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Int => "int",
            Kind::String => "string",
            Kind::Slice => "slice",
            Kind::Struct => "struct",
        })
    }
}

/// A Go type switch, in Rust: one `downcast_ref` per type it knows.
///
/// ```
/// use reflect::dynamic::describe;
/// assert_eq!(describe(&21_i64), "an int, twice 42");
/// assert_eq!(describe(&1.5_f64), "something else");
/// ```
// ANCHOR: describe
pub fn describe(value: &dyn Any) -> String {
    if let Some(n) = value.downcast_ref::<i64>() {
        format!("an int, twice {}", 2 * n)
    } else if let Some(s) = value.downcast_ref::<&str>() {
        format!("a string of {} bytes", s.len())
    } else if let Some(user) = value.downcast_ref::<User>() {
        format!("a User called {}", user.name)
    } else {
        "something else".to_owned()
    }
}
// ANCHOR_END: describe

/// Go's `reflect.TypeOf(v)` and its Kind, for the types the examples use
/// (`int` is `i64`, `string` is `&str`, `[]int` is `Vec<i64>`); `None`
/// for any other: an `Any` cannot name its own type.
///
/// ```
/// use reflect::dynamic::{go_type_of, Kind};
/// assert_eq!(go_type_of(&vec![1_i64]), Some(("[]int", Kind::Slice)));
/// assert_eq!(go_type_of(&1.5_f64), None);
/// ```
pub fn go_type_of(value: &dyn Any) -> Option<(&'static str, Kind)> {
    // ANCHOR: type_ids
    let id = value.type_id();
    let known = [
        (TypeId::of::<i64>(), "int", Kind::Int),
        (TypeId::of::<&str>(), "string", Kind::String),
        (TypeId::of::<Vec<i64>>(), "[]int", Kind::Slice),
        (TypeId::of::<User>(), "main.User", Kind::Struct),
    ];
    known
        .into_iter()
        .find(|(known_id, _, _)| *known_id == id)
        .map(|(_, name, kind)| (name, kind))
    // ANCHOR_END: type_ids
}

/// A value as Go's `%v` prints it, for the types [`go_type_of`] knows.
pub fn go_value(value: &dyn Any) -> Option<String> {
    if let Some(n) = value.downcast_ref::<i64>() {
        Some(n.to_string())
    } else if let Some(s) = value.downcast_ref::<&str>() {
        Some((*s).to_owned())
    } else if let Some(items) = value.downcast_ref::<Vec<i64>>() {
        let items: Vec<String> = items.iter().map(i64::to_string).collect();
        Some(format!("[{}]", items.join(" ")))
    } else {
        value
            .downcast_ref::<User>()
            .map(|user| format!("{{{} {} {}}}", user.name, user.age, user.email))
    }
}
