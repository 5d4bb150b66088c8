//! A parser for a list of `host:port` addresses, with error types that
//! keep their cause: Go's `fmt.Errorf("line %d: %w", n, err)`, done so
//! that the caller can still ask what went wrong.
//!
//! In Go the parser would return `([]Addr, error)` and wrap each error with
//! `%w`, and the caller would use `errors.Is` and `errors.As` to look
//! inside. Here each function returns a `Result` whose error type is an
//! enum of what can go wrong; an error that wraps another returns it from
//! `source()`, and `?` passes errors up.
//!
//! Run the tests with `cargo test -p builtin-2`; ask for a hint with
//! `cargo course hint builtin-2`.

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
        // TODO: Go's `func (e AddrError) Error() string`. Print only this
        // error's own message: "missing port", "empty host" or "bad port".
        // Do not print the ParseIntError too: `source()` hands it out, and
        // the std docs say an error shows its cause one way, not both.
        // `match self` and `f.write_str(..)`.
        todo!()
    }
}

impl Error for AddrError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        // TODO: Go's `Unwrap() error`: the error this one wraps, so that
        // callers can look inside (Go's errors.Is/As). `BadPort` wraps its
        // `ParseIntError`: return `Some(cause)`. The others wrap nothing.
        todo!()
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
        // TODO: "no addresses" for `Empty`, "line N" for `Line` (with
        // `write!(f, "line {line}")`); the cause stays out of the text.
        todo!()
    }
}

impl Error for ConfigError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        // TODO: Go's `fmt.Errorf("line %d: %w", n, err)` keeps `err`;
        // `%v` would keep only its text. Return the `AddrError` of a
        // `Line`; `Empty` wraps nothing.
        todo!()
    }
}

/// Parses `host:port`. The host is everything before the first `:`.
pub fn parse_addr(text: &str) -> Result<Addr, AddrError> {
    // TODO: Go: `host, port, ok := strings.Cut(text, ":")` (Go 1.18), then
    // `strconv.ParseUint(port, 10, 16)`. In Rust `text.split_once(':')` is
    // an Option (no ':' means MissingPort: `.ok_or(..)?`), so is an empty
    // port; an empty host is EmptyHost. Parse the port straight into a
    // `u16` (a bigger number must be an error, not cut down like Go's
    // `uint16(n)`), and wrap a parse error: `.map_err(AddrError::BadPort)?`.
    todo!()
}

/// Parses one address per line. Each line is trimmed of surrounding
/// whitespace; blank lines and lines starting with `#` are skipped, but
/// counted in the line numbers. The first bad line is the error; a text
/// with no address at all is [`ConfigError::Empty`].
pub fn parse_config(text: &str) -> Result<Vec<Addr>, ConfigError> {
    // TODO: Go: `for i, line := range strings.Split(text, "\n")`, and on
    // an error `return nil, fmt.Errorf("line %d: %w", i+1, err)`.
    // `text.lines().enumerate()` gives (index, line); trim each line,
    // skip blank ones and '#' comments (they still count), wrap a bad
    // line's AddrError in `ConfigError::Line { line: index + 1, source }`
    // and return it with `?`. No address at all is `ConfigError::Empty`.
    todo!()
}

/// Every message from `err` down its chain of `source()`s, joined by
/// `": "`: the text Go prints for an error wrapped with `%w`, such as
/// `line 3: bad port: invalid digit found in string`.
pub fn error_chain(err: &(dyn Error + 'static)) -> String {
    // TODO: Go prints a wrapped error as one text, "line 3: bad port:
    // invalid digit found in string". Start with `err.to_string()` and
    // follow `source()` until it is `None`, adding ": " and each message.
    todo!()
}

/// The `ParseIntError` behind `err`, wherever it is in the chain: Go's
/// `var numErr *strconv.NumError; errors.As(err, &numErr)`.
pub fn port_cause<'a>(err: &'a (dyn Error + 'static)) -> Option<&'a ParseIntError> {
    // TODO: Go's `errors.As(err, &numErr)`: check `err` itself, then each
    // `source()` down the chain, for one that is a ParseIntError:
    // `current.downcast_ref::<ParseIntError>()` is `Some` when it is.
    todo!()
}
