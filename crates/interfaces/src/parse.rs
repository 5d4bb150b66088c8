//! The check of the Go nil-interface program, done the Rust way.
//!
//! A Rust function that can fail returns `Result<T, E>`: `Ok` or `Err`,
//! never "an error that is nil inside". Where a value may be any error
//! type, it is a `Box<dyn Error>`, and a `Box` always points to a value: an
//! absent error is `None` around it, so `Option<Box<dyn Error>>` has exactly
//! two cases, and a `match` must handle both.
//!
//! ```
//! use interfaces::parse::{ParseError, check, first_error};
//!
//! assert_eq!(check(""), Err(ParseError { line: 1 }));
//! assert_eq!(check("x=1"), Ok(()));
//! assert!(first_error(&["x=1", "y=2"]).is_none());
//! ```

use std::error::Error;
use std::fmt;

// ANCHOR: error_type
/// The input was empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: u32,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: empty input", self.line)
    }
}

impl Error for ParseError {}
// ANCHOR_END: error_type

// ANCHOR: check
/// `Ok(())`, or the error: there is no third case.
pub fn check(input: &str) -> Result<(), ParseError> {
    if input.is_empty() {
        return Err(ParseError { line: 1 });
    }
    Ok(())
}
// ANCHOR_END: check

// ANCHOR: first_error
/// The first input's error as any error type, or
/// `None`: a `Box` is never null, so `Some` always
/// holds a real error.
pub fn first_error(inputs: &[&str]) -> Option<Box<dyn Error>> {
    inputs
        .iter()
        .find_map(|input| check(input).err())
        .map(|err| Box::new(err) as Box<dyn Error>)
}
// ANCHOR_END: first_error
