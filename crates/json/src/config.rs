//! The `Config` of `go/json_unknown`, three ways: as Go decodes it (a
//! missing key is a zero, an unknown one is skipped), as Go's
//! `DisallowUnknownFields` does, and as serde does by default.

use serde::Deserialize;

// ANCHOR: go_like
/// Go's `json.Unmarshal`: every field defaults to its zero value and
/// unknown keys are skipped, so `{"retires": 5}` gives `retries: 0`.
#[derive(Debug, PartialEq, Default, Deserialize)]
#[serde(default)]
pub struct GoConfig {
    /// `json:"name"`
    pub name: String,
    /// `json:"retries"`
    pub retries: i64,
}
// ANCHOR_END: go_like

/// Go's `Decoder.DisallowUnknownFields()`: zero values for missing keys,
/// an error for an unknown one.
#[derive(Debug, PartialEq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GoStrictConfig {
    /// `json:"name"`
    pub name: String,
    /// `json:"retries"`
    pub retries: i64,
}

// ANCHOR: strict
/// serde with nothing turned off: a missing key is an error, and so is an
/// unknown one.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Required.
    pub name: String,
    /// Required: `{"name": "api"}` is "missing field `retries`".
    pub retries: u32,
}
// ANCHOR_END: strict
