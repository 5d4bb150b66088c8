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
    match value {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(_) => "float64",
        Value::Str(_) => "string",
        Value::List(_) => "[]interface {}",
        Value::Map(_) => "map[string]interface {}",
    }
}

/// The value as compact JSON-like text, with no spaces: `null`, `true`,
/// a number as Rust's `{}` prints an `f64` (`3`, `2.5`), a string in
/// double quotes as `{:?}` prints it, `[1,"a",null]`, and
/// `{"a":1,"b":[true]}` with the keys in sorted order.
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Str(s) => format!("{s:?}"),
        Value::List(items) => {
            let items: Vec<String> = items.iter().map(describe).collect();
            format!("[{}]", items.join(","))
        }
        Value::Map(entries) => {
            let entries: Vec<String> = entries
                .iter()
                .map(|(key, value)| format!("{key:?}:{}", describe(value)))
                .collect();
            format!("{{{}}}", entries.join(","))
        }
    }
}

/// The value at a dotted path: `"address.city"`, `"tags.0"`,
/// `"users.1.name"`. The empty path is `root` itself. Each segment steps
/// into a `Map` (the segment is the key, even when it looks like a number)
/// or a `List` (the segment is an index from 0, as `str::parse::<usize>`
/// reads it). A missing key, an index out of range or unreadable, and a
/// step into anything else is `None`; a key whose value is `null` is
/// `Some(&Value::Null)`.
pub fn lookup<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    if path.is_empty() {
        return Some(root);
    }
    let mut current = root;
    for segment in path.split('.') {
        current = match current {
            Value::Map(entries) => entries.get(segment)?,
            Value::List(items) => items.get(segment.parse::<usize>().ok()?)?,
            Value::Null | Value::Bool(_) | Value::Number(_) | Value::Str(_) => return None,
        };
    }
    Some(current)
}

/// The sum of every number anywhere in the value, inside lists and maps
/// at any depth. Strings are not numbers, even `"3"`; `null` and booleans
/// count nothing.
pub fn sum_numbers(value: &Value) -> f64 {
    match value {
        Value::Number(n) => *n,
        Value::List(items) => items.iter().map(sum_numbers).sum(),
        Value::Map(entries) => entries.values().map(sum_numbers).sum(),
        Value::Null | Value::Bool(_) | Value::Str(_) => 0.0,
    }
}

/// A Rust value of an open set of types, as a [`Value`]: a `Value` itself
/// (cloned), `()` (`Null`), `bool`, `i32`, `i64` and `f64` (`Number`),
/// `String` and `&'static str` (`Str`). Any other type is `None`.
pub fn from_any(x: &dyn Any) -> Option<Value> {
    if let Some(value) = x.downcast_ref::<Value>() {
        Some(value.clone())
    } else if x.is::<()>() {
        Some(Value::Null)
    } else if let Some(b) = x.downcast_ref::<bool>() {
        Some(Value::Bool(*b))
    } else if let Some(n) = x.downcast_ref::<i32>() {
        Some(Value::Number(f64::from(*n)))
    } else if let Some(n) = x.downcast_ref::<i64>() {
        Some(Value::Number(*n as f64))
    } else if let Some(n) = x.downcast_ref::<f64>() {
        Some(Value::Number(*n))
    } else if let Some(s) = x.downcast_ref::<String>() {
        Some(Value::Str(s.clone()))
    } else {
        x.downcast_ref::<&'static str>()
            .map(|s| Value::Str((*s).to_owned()))
    }
}
