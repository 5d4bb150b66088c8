//! A JSON value: what Go's `encoding/json` decodes into an `interface{}`,
//! written as an enum, and the functions a Go programmer writes over it with
//! type switches.
//!
//! Go's `json.Unmarshal` into an `interface{}` produces one of six types:
//! `nil`, `bool`, `float64`, `string`, `[]interface{}` and
//! `map[string]interface{}`. Here those six are the variants of [`Value`],
//! and each of Go's `switch v := x.(type)` becomes a `match` that the
//! compiler checks covers every variant. [`from_any`] is the other kind of
//! type switch, over a `&dyn Any` whose set of types is open.
//!
//! Run the tests with `cargo test -p interfaces-2`; ask for a hint with
//! `cargo course hint interfaces-2`.

use std::any::Any;
use std::collections::BTreeMap;

/// A JSON value. A `Map`'s keys are kept sorted (a `BTreeMap`).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// JSON `null`, Go's `nil`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Every JSON number: Go decodes them all as `float64`.
    Number(f64),
    /// A string.
    Str(String),
    /// An array, Go's `[]interface{}`.
    List(Vec<Value>),
    /// An object, Go's `map[string]interface{}`.
    Map(BTreeMap<String, Value>),
}

/// What Go's `fmt.Printf("%T", x)` prints for the `interface{}` that
/// `encoding/json` decodes this value into: `"<nil>"`, `"bool"`,
/// `"float64"`, `"string"`, `"[]interface {}"` or
/// `"map[string]interface {}"`.
pub fn go_type(value: &Value) -> &'static str {
    // TODO: this is Go's `switch x.(type) { case nil: ... case bool: ... }`.
    // In Rust it is `match value { Value::Null => ..., Value::Bool(_) => ... }`
    // with one arm per variant (leave one out and it does not compile).
    // Remember what encoding/json does with every number, whole ones too.
    todo!()
}

/// The value as compact JSON-like text, with no spaces: `null`, `true`,
/// a number as Rust's `{}` prints an `f64` (`3`, `2.5`), a string in
/// double quotes as `{:?}` prints it, `[1,"a",null]`, and
/// `{"a":1,"b":[true]}` with the keys in sorted order.
pub fn describe(value: &Value) -> String {
    // TODO: this is Go's `switch v := x.(type)`, where `v` has each case's
    // type: in Rust the arm's pattern names it, `Value::Str(s) => ...`. A
    // list or a map describes each of its items by calling `describe`
    // again (a `[]interface{}` would range and switch once more), and
    // joins them with commas. Unlike Go's `%v`, strings are quoted.
    todo!()
}

/// The value at a dotted path: `"address.city"`, `"tags.0"`,
/// `"users.1.name"`. The empty path is `root` itself. Each segment steps
/// into a `Map` (the segment is the key, even when it looks like a number)
/// or a `List` (the segment is an index from 0, as `str::parse::<usize>`
/// reads it). A missing key, an index out of range or unreadable, and a
/// step into anything else is `None`; a key whose value is `null` is
/// `Some(&Value::Null)`.
pub fn lookup<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    // TODO: Go walks this with a loop over `strings.Split(path, ".")` and,
    // at each step, `switch node := cur.(type) { case map[string]interface{}:
    // ... case []interface{}: ... default: return nil, false }`. Do the same
    // with a `match` on the current value. Go's `m[k]` returns nil for a
    // missing key and `s[i]` panics out of range: `BTreeMap::get` and
    // `slice::get` return an `Option` instead, and `?` returns `None` early.
    todo!()
}

/// The sum of every number anywhere in the value, inside lists and maps
/// at any depth. Strings are not numbers, even `"3"`; `null` and booleans
/// count nothing.
pub fn sum_numbers(value: &Value) -> f64 {
    // TODO: Go's recursive `switch v := x.(type) { case float64: return v;
    // case []interface{}: ...; case map[string]interface{}: ...; default:
    // return 0 }`. A `match` with an arm for each container, each adding up
    // `sum_numbers` of its items.
    todo!()
}

/// A Rust value of an open set of types, as a [`Value`]: a `Value` itself
/// (cloned), `()` (`Null`), `bool`, `i32`, `i64` and `f64` (`Number`),
/// `String` and `&'static str` (`Str`). Any other type is `None`.
pub fn from_any(x: &dyn Any) -> Option<Value> {
    // TODO: this is Go's `switch v := x.(type)` over an `interface{}` whose
    // types you cannot list in an enum. Ask for one type at a time:
    // `if let Some(b) = x.downcast_ref::<bool>() { ... } else if ...`, Go's
    // `b, ok := x.(bool)`. A downcast asks for the exact type: `i32` is not
    // `i64`, and a `&'static str` is not a `String`. Go's `default: return
    // nil` is not `Some(Value::Null)` here: a type outside the set is `None`.
    todo!()
}
