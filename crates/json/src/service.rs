//! Map to struct: the notes' `mapstructure.Decode(m, &s)`, which Go's
//! standard library does by `json.Marshal(m)` and `json.Unmarshal` into the
//! struct. serde goes straight from the map, with no text in between.

use serde::Deserialize;
use serde_json::{Map, Value};

// ANCHOR: types
/// One upstream of a [`Service`].
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Upstream {
    /// `json:"host"`
    pub host: String,
    /// `json:"weight"`
    pub weight: i64,
}

/// The `Service` of `go/json_map_to_struct`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Service {
    /// `json:"name"`
    pub name: String,
    /// `json:"port"`
    pub port: u16,
    /// `json:"upstreams"`
    pub upstreams: Vec<Upstream>,
}
// ANCHOR_END: types

// ANCHOR: convert
/// Decodes a loosely typed map into a [`Service`]: Go's
/// `mapstructure.Decode`. The error says what was wrong but not where:
/// a `Value` carries no line or column, and serde's message names no field.
pub fn service_from_map(map: Map<String, Value>) -> Result<Service, serde_json::Error> {
    serde_json::from_value(Value::Object(map))
}
// ANCHOR_END: convert

/// The Go way, for comparison: the map to JSON text, and the text decoded.
/// The same result, with a string in between.
pub fn service_via_text(map: &Map<String, Value>) -> Result<Service, serde_json::Error> {
    let text = serde_json::to_string(map)?;
    serde_json::from_str(&text)
}
