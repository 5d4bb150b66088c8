//! Errors as values: an error enum with a source chain, where Go wraps
//! with `fmt.Errorf("…: %w", err)`.
//!
//! A Go function returns `(T, error)`, and a caller that passes the error
//! on wraps it with `%w` so that `errors.Is` and `errors.As` can still
//! find the cause. A Rust function returns `Result<T, E>`, where `E` is a
//! type that says which errors can happen, and `?` passes an error on. An
//! error that wraps another returns it from
//! [`Error::source`](std::error::Error::source); following `source()`
//! from the top is Go's `errors.Unwrap` loop, and what [`chain`] prints is
//! the text Go's wrapped error prints.
//!
//! ```
//! use builtin::errors::{chain, is_not_found, load_config, sample_files};
//!
//! let err = load_config(&sample_files(), "app.conf").unwrap_err();
//! assert_eq!(chain(&err), "load config: open app.conf: not found");
//! assert!(is_not_found(&err)); // errors.Is(err, ErrNotFound)
//! ```

use std::collections::HashMap;
use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

/// A file system of file names and their text, so that the examples need
/// no files.
pub type Files = HashMap<&'static str, &'static str>;

/// The files the examples read: `ports.conf`, whose third line is not a
/// number.
pub fn sample_files() -> Files {
    HashMap::from([("ports.conf", "80\n443\n8o80\n")])
}

// ANCHOR: load_error
/// What can go wrong reading a list of ports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// There is no such file: Go's `ErrNotFound` sentinel, with the path.
    NotFound { path: String },
    /// A line is not a port number; `source` is why.
    BadLine { line: usize, source: ParseIntError },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound { path } => {
                write!(f, "open {path}: not found")
            }
            // the cause is not printed here: source() has it
            LoadError::BadLine { line, .. } => {
                write!(f, "line {line}")
            }
        }
    }
}

impl Error for LoadError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            LoadError::NotFound { .. } => None,
            LoadError::BadLine { source, .. } => Some(source),
        }
    }
}
// ANCHOR_END: load_error

// ANCHOR: config_error
/// Loading the configuration failed; `source()` says why: Go's
/// `fmt.Errorf("load config: %w", err)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    source: LoadError,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("load config")
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.source)
    }
}

/// What `?` calls to turn a `LoadError` into a `ConfigError`.
impl From<LoadError> for ConfigError {
    fn from(source: LoadError) -> Self {
        ConfigError { source }
    }
}
// ANCHOR_END: config_error

impl ConfigError {
    /// The error this one wraps.
    pub fn cause(&self) -> &LoadError {
        &self.source
    }
}

// ANCHOR: functions
/// The text of `path`: Go's `os.ReadFile`, from `files`.
pub fn read_file(files: &Files, path: &str) -> Result<&'static str, LoadError> {
    files.get(path).copied().ok_or_else(|| LoadError::NotFound {
        path: path.to_owned(),
    })
}

/// One port per line.
pub fn parse_ports(text: &str) -> Result<Vec<u16>, LoadError> {
    let mut ports = Vec::new();
    for (i, line) in text.trim().lines().enumerate() {
        let port = line.parse().map_err(|source| LoadError::BadLine {
            line: i + 1,
            source,
        })?;
        ports.push(port);
    }
    Ok(ports)
}

/// The ports listed in the file `path`. Each `?` converts a `LoadError`
/// into a `ConfigError` with `From`, keeping it as the source.
pub fn load_config(files: &Files, path: &str) -> Result<Vec<u16>, ConfigError> {
    let text = read_file(files, path)?;
    Ok(parse_ports(text)?)
}
// ANCHOR_END: functions

// ANCHOR: lost
/// `load_config` with Go's `%v` mistake: the cause is turned into text,
/// and a `Box<dyn Error>` made from a `String` has no `source()`.
pub fn load_config_lost(files: &Files, path: &str) -> Result<Vec<u16>, Box<dyn Error>> {
    let text = read_file(files, path).map_err(|err| format!("load config: {err}"))?;
    Ok(parse_ports(text)?)
}
// ANCHOR_END: lost

// ANCHOR: chain
/// Every message in the chain, from `err` down its `source()`s, joined by
/// ": ": the text Go prints for an error wrapped with `%w`.
pub fn chain(err: &(dyn Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut cause = err.source();
    while let Some(err) = cause {
        text.push_str(": ");
        text.push_str(&err.to_string());
        cause = err.source();
    }
    text
}
// ANCHOR_END: chain

// ANCHOR: is_as
/// The first error in the chain of `err` that is an `E`: Go's
/// `errors.As(err, &target)`.
pub fn find<'a, E: Error + 'static>(err: &'a (dyn Error + 'static)) -> Option<&'a E> {
    let mut cause = Some(err);
    while let Some(err) = cause {
        if let Some(found) = err.downcast_ref::<E>() {
            return Some(found);
        }
        cause = err.source();
    }
    None
}

/// Whether a "file not found" is anywhere in the chain of `err`: Go's
/// `errors.Is(err, ErrNotFound)`.
pub fn is_not_found(err: &(dyn Error + 'static)) -> bool {
    matches!(find::<LoadError>(err), Some(LoadError::NotFound { .. }))
}
// ANCHOR_END: is_as
