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

/// An error at `path`.
fn error(path: String, problem: Problem) -> FieldError {
    FieldError { path, problem }
}

/// An `Invalid` error at `path`, saying what was expected and what was
/// found.
fn invalid(path: String, expected: &str, found: &Value) -> FieldError {
    error(
        path,
        Problem::Invalid(format!("expected {expected}, found {found}")),
    )
}

/// The path of `key` inside the object at `prefix` (`""` at the top).
fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Refuses the first key of `map` that is not in `known`.
fn refuse_unknown(
    map: &Map<String, Value>,
    prefix: &str,
    known: &[&str],
) -> Result<(), FieldError> {
    match map.keys().find(|key| !known.contains(&key.as_str())) {
        Some(key) => Err(error(join(prefix, key), Problem::Unknown)),
        None => Ok(()),
    }
}

/// The value of a required key.
fn required<'a>(
    map: &'a Map<String, Value>,
    prefix: &str,
    key: &str,
) -> Result<&'a Value, FieldError> {
    map.get(key)
        .ok_or_else(|| error(join(prefix, key), Problem::Missing))
}

/// A whole number from 0 to `u64::MAX`, exactly: never through an `f64`.
fn unsigned(value: &Value, path: &str) -> Result<u64, FieldError> {
    value
        .as_u64()
        .ok_or_else(|| invalid(path.to_owned(), "a whole number from 0", value))
}

/// The port: a JSON integer, or a string of digits, that fits a `u16`.
fn port(value: &Value, path: &str) -> Result<u16, FieldError> {
    let number = match value {
        Value::String(text) => text.parse::<u64>().ok(),
        other => other.as_u64(),
    };
    number.and_then(|n| u16::try_from(n).ok()).ok_or_else(|| {
        invalid(
            path.to_owned(),
            "a port from 0 to 65535, or a string of one",
            value,
        )
    })
}

/// The tags: an array of strings, each error at its index.
fn tags(value: &Value, path: &str) -> Result<Vec<String>, FieldError> {
    let items = value
        .as_array()
        .ok_or_else(|| invalid(path.to_owned(), "an array of strings", value))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            item.as_str()
                .map(str::to_owned)
                .ok_or_else(|| invalid(format!("{path}[{i}]"), "a string", item))
        })
        .collect()
}

/// The `limits` object, with its paths under `path`.
fn limits(value: &Value, path: &str) -> Result<Limits, FieldError> {
    let map = value
        .as_object()
        .ok_or_else(|| invalid(path.to_owned(), "an object", value))?;
    refuse_unknown(map, path, &["cpu", "memory_mb"])?;
    let cpu_path = join(path, "cpu");
    let cpu = required(map, path, "cpu")?;
    let cpu = cpu
        .as_f64()
        .ok_or_else(|| invalid(cpu_path, "a number", cpu))?;
    let memory_mb = unsigned(required(map, path, "memory_mb")?, &join(path, "memory_mb"))?;
    Ok(Limits { cpu, memory_mb })
}

/// Decodes a loosely typed map into a [`Service`], checking every key:
/// unknown keys first (so that a misspelled key is reported as itself, not
/// as the key it was meant to be), then each field in the order of the
/// struct. The first problem found is the error, with its path.
pub fn service_from_map(map: &Map<String, Value>) -> Result<Service, FieldError> {
    refuse_unknown(map, "", &["name", "port", "replicas", "tags", "limits"])?;
    let name = required(map, "", "name")?;
    let name = name
        .as_str()
        .ok_or_else(|| invalid("name".to_owned(), "a string", name))?
        .to_owned();
    let port = port(required(map, "", "port")?, "port")?;
    let replicas = match map.get("replicas") {
        None => 1,
        Some(value) => u32::try_from(unsigned(value, "replicas")?).map_err(|_| {
            invalid(
                "replicas".to_owned(),
                "a whole number up to 4294967295",
                value,
            )
        })?,
    };
    let tags = match map.get("tags") {
        None => Vec::new(),
        Some(value) => tags(value, "tags")?,
    };
    let limits = limits(required(map, "", "limits")?, "limits")?;
    Ok(Service {
        name,
        port,
        replicas,
        tags,
        limits,
    })
}
