//! A parser for a list of `host:port` addresses, with error types that
//! keep their cause: Go's `fmt.Errorf("line %d: %w", n, err)`, done so
//! that the caller can still ask what went wrong.
//!
//! In Go the parser would return `([]Addr, error)` and wrap each error with
//! `%w`, and the caller would use `errors.Is` and `errors.As` to look
//! inside. Here each function returns a `Result` whose error type is an
//! enum of what can go wrong; an error that wraps another returns it from
//! `source()`, and `?` passes errors up.

use std::error::Error;
use std::fmt;
use std::num::ParseIntError;

/// A network address: a host name and a port.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Addr {
    pub host: String,
    pub port: u16,
}

/// Why one address could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddrError {
    /// There is no `:`, or nothing after it.
    MissingPort,
    /// There is nothing before the `:`.
    EmptyHost,
    /// The port is not a number from 0 to 65535; the `ParseIntError` says
    /// why, and is the error's `source()`.
    BadPort(ParseIntError),
}

impl fmt::Display for AddrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddrError::MissingPort => f.write_str("missing port"),
            AddrError::EmptyHost => f.write_str("empty host"),
            AddrError::BadPort(_) => f.write_str("bad port"),
        }
    }
}

impl Error for AddrError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            AddrError::BadPort(cause) => Some(cause),
            AddrError::MissingPort | AddrError::EmptyHost => None,
        }
    }
}

/// Why a list of addresses could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// The text holds no address at all.
    Empty,
    /// Line `line` (the first line is 1) is not an address; `source` says
    /// why, and is the error's `source()`.
    Line { line: usize, source: AddrError },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Empty => f.write_str("no addresses"),
            ConfigError::Line { line, .. } => write!(f, "line {line}"),
        }
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            ConfigError::Empty => None,
            ConfigError::Line { source, .. } => Some(source),
        }
    }
}

/// Parses `host:port`. The host is everything before the first `:`.
pub fn parse_addr(text: &str) -> Result<Addr, AddrError> {
    let (host, port) = text.split_once(':').ok_or(AddrError::MissingPort)?;
    if port.is_empty() {
        return Err(AddrError::MissingPort);
    }
    if host.is_empty() {
        return Err(AddrError::EmptyHost);
    }
    let port = port.parse().map_err(AddrError::BadPort)?;
    Ok(Addr {
        host: host.to_owned(),
        port,
    })
}

/// Parses one address per line. Each line is trimmed of surrounding
/// whitespace; blank lines and lines starting with `#` are skipped, but
/// counted in the line numbers. The first bad line is the error; a text
/// with no address at all is [`ConfigError::Empty`].
pub fn parse_config(text: &str) -> Result<Vec<Addr>, ConfigError> {
    let mut addrs = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_text = line.trim();
        if line_text.is_empty() || line_text.starts_with('#') {
            continue;
        }
        let addr = parse_addr(line_text).map_err(|source| ConfigError::Line {
            line: index + 1,
            source,
        })?;
        addrs.push(addr);
    }
    if addrs.is_empty() {
        return Err(ConfigError::Empty);
    }
    Ok(addrs)
}

/// Every message from `err` down its chain of `source()`s, joined by
/// `": "`: the text Go prints for an error wrapped with `%w`, such as
/// `line 3: bad port: invalid digit found in string`.
pub fn error_chain(err: &(dyn Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut cause = err.source();
    while let Some(next) = cause {
        text.push_str(": ");
        text.push_str(&next.to_string());
        cause = next.source();
    }
    text
}

/// The `ParseIntError` behind `err`, wherever it is in the chain: Go's
/// `var numErr *strconv.NumError; errors.As(err, &numErr)`.
pub fn port_cause<'a>(err: &'a (dyn Error + 'static)) -> Option<&'a ParseIntError> {
    let mut cause = Some(err);
    while let Some(current) = cause {
        if let Some(found) = current.downcast_ref::<ParseIntError>() {
            return Some(found);
        }
        cause = current.source();
    }
    None
}
