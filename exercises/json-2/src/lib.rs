//! Map to struct, with errors that say which field failed: the notes'
//! `mapstructure.Decode(m, &service)`, written out over a
//! `serde_json::Map`, Go's `map[string]interface{}`.
//!
//! `serde_json::from_value` decodes a map into a struct in one call, but
//! its error names no field ("invalid type: string \"heavy\", expected
//! u64": which one?), and a `Value` has no line or column to point at.
//! Here every error carries the path of the value that failed:
//! `port`, `tags[2]`, `limits.memory_mb`.
//!
//! Run the tests with `cargo test -p json-2`; ask for a hint with
//! `cargo course hint json-2`.

use std::fmt;

use serde_json::{Map, Value};

/// A service's configuration, as a typed struct.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// `name`: a string, required.
    pub name: String,
    /// `port`: required; an integer from 0 to 65535, or a string that
    /// holds one (`"8080"`, as a map filled from environment variables
    /// has it).
    pub port: u16,
    /// `replicas`: an integer from 0 to `u32::MAX`; 1 when missing.
    pub replicas: u32,
    /// `tags`: an array of strings; none when missing.
    pub tags: Vec<String>,
    /// `limits`: an object, required.
    pub limits: Limits,
}

/// The `limits` object of a [`Service`].
#[derive(Debug, Clone, PartialEq)]
pub struct Limits {
    /// `cpu`: any number, `2` as well as `0.5`; required.
    pub cpu: f64,
    /// `memory_mb`: a whole number from 0 to `u64::MAX`, exact; required.
    pub memory_mb: u64,
}

/// What is wrong with the value at a [`FieldError`]'s path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required key is not there.
    Missing,
    /// A key the struct has no field for (a misspelling, usually).
    Unknown,
    /// The value is there but of the wrong type or out of range; the text
    /// says what was expected.
    Invalid(String),
}

/// Which value failed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// Where the value is: keys joined by `.`, array indexes in brackets:
    /// `name`, `tags[2]`, `limits.memory_mb`.
    pub path: String,
    /// What is wrong with it.
    pub problem: Problem,
}

impl fmt::Display for FieldError {
    /// `port: expected ...`, `name: missing`, `limits.cpus: unknown field`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::Missing => write!(f, "{}: missing", self.path),
            Problem::Unknown => write!(f, "{}: unknown field", self.path),
            Problem::Invalid(expected) => write!(f, "{}: {expected}", self.path),
        }
    }
}

impl std::error::Error for FieldError {}

/// Decodes a loosely typed map into a [`Service`], checking every key:
/// unknown keys first (so that a misspelled key is reported as itself, not
/// as the key it was meant to be), then each field in the order of the
/// struct. The first problem found is the error, with its path.
pub fn service_from_map(map: &Map<String, Value>) -> Result<Service, FieldError> {
    // TODO: Go's `mapstructure.Decode(m, &service)`, or `json.Marshal(m)`
    // then `json.Unmarshal` into the struct, but with errors that name the
    // field. Walk the map: `map.get("port")` is an `Option<&Value>`, and a
    // `Value` answers `as_str()`, `as_u64()`, `as_f64()`, `as_array()`,
    // `as_object()`. Go's `interface{}` makes every number a float64;
    // don't: read integers as integers. Build each path as you go down:
    // `limits.memory_mb`, `tags[1]`.
    todo!()
}
