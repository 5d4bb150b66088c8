//! Go's `encoding/json`, ported to Rust with serde: struct tags become
//! serde attributes, `interface{}` becomes `serde_json::Value`, and "map to
//! struct" becomes `serde_json::from_value`.
//!
//! Go decodes by reflection, at run time, and forgives: a key with no field
//! is skipped, a field with no key keeps its zero value, and a key matches
//! a field's name whatever its case. serde writes the decoder at compile
//! time from `#[derive(Deserialize)]` and the `#[serde(...)]` attributes;
//! it also skips unknown keys unless told `deny_unknown_fields`, but a field
//! with no key is an error ("missing field") unless it has a `default`, and
//! names match exactly.
//!
//! | Go tag or call                          | serde                                                  |
//! |-----------------------------------------|--------------------------------------------------------|
//! | `json:"userName"`                       | `#[serde(rename = "userName")]`, or `rename_all = "camelCase"` on the struct |
//! | `json:",omitempty"`                     | `#[serde(skip_serializing_if = "String::is_empty")]` (`Vec::is_empty`, `Option::is_none`) |
//! | `json:"-"`                              | `#[serde(skip)]` (needs `Default` for the field)       |
//! | an embedded struct                      | `#[serde(flatten)]`                                    |
//! | a field set before `Unmarshal`          | `#[serde(default)]`, `#[serde(default = "path")]`      |
//! | `Decoder.DisallowUnknownFields()`       | `#[serde(deny_unknown_fields)]` on the struct          |
//! | `interface{}`, `map[string]interface{}` | `serde_json::Value`, `serde_json::Map<String, Value>`  |
//! | `Decoder.UseNumber()`                   | nothing to do: a `Value` keeps integers as `u64`/`i64` |
//! | `json.Marshal` then `json.Unmarshal`    | `serde_json::to_value`, `serde_json::from_value`       |
//!
//! # Modules
//!
//! - [`account`]: the Go struct with tags and its serde twin.
//! - [`numbers`]: what a JSON number becomes in a `Value`, and what Go's
//!   `interface{}` makes of it.
//! - [`config`]: unknown and missing keys, strict and Go-lenient.
//! - [`service`]: map to struct with `from_value`.
//! - [`errors`]: where a decode failed: line, column and category.
//! - [`lenient`]: one field that takes a number or a string of one.

pub mod account;
pub mod config;
pub mod errors;
pub mod lenient;
pub mod numbers;
pub mod service;
