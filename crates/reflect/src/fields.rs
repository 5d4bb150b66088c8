//! A walk over a struct's fields as a trait: what Go's `reflect` finds at
//! run time (`t.NumField()`, `t.Field(i).Name`, `.Tag.Get("json")`,
//! `v.Field(i)`), written down once per type and checked by the compiler.
//!
//! In Rust this code is usually not written by hand: a derive macro reads
//! the struct's definition when it is compiled and writes the impl. That is
//! what `#[derive(serde::Serialize)]` does, for serde's own trait; the
//! codegen chapter writes a derive of its own.

use std::fmt::Display;

/// One field of a struct: its name, its Go-style `json` tag and its value.
#[derive(Clone, Copy)]
pub struct Field<'a> {
    /// The field's name in the source, Go's `StructField.Name`.
    pub name: &'static str,
    /// What Go's `Tag.Get("json")` gives for the field.
    pub json_tag: &'static str,
    /// The value, borrowed from the struct: Go's `v.Field(i)`.
    pub value: &'a dyn Display,
}

/// A type whose fields can be walked in declaration order.
pub trait Fields {
    /// Every field, in the order the struct declares them.
    fn fields(&self) -> Vec<Field<'_>>;
}

/// One line per field, as the Go program prints them.
///
/// ```
/// use reflect::{fields::describe_fields, model::User};
/// let user = User { name: "Ann".into(), age: 36, email: String::new() };
/// assert_eq!(describe_fields(&user)[1], "field 1: Age json:\"age\" = 36");
/// ```
// ANCHOR: describe_fields
pub fn describe_fields(value: &impl Fields) -> Vec<String> {
    value
        .fields()
        .iter()
        .enumerate()
        .map(|(i, field)| {
            format!(
                "field {i}: {} json:{:?} = {}",
                field.name, field.json_tag, field.value
            )
        })
        .collect()
}
// ANCHOR_END: describe_fields
