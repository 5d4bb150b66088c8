//! A port number that is valid by construction.
//!
//! In Go you would write `type Port uint16` and check it wherever it is
//! used, or trust that someone did: `Port(0)` and `Port(n)` of any number
//! compile. Here the field is private, so the only ways to get a `Port` are
//! [`Port::new`] and [`str::parse`], and both check. Every `Port` anywhere
//! in the program is therefore between 1 and 65535.

use std::fmt;
use std::str::FromStr;

/// A TCP or UDP port number, 1 to 65535.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Port(u16);

/// Why a port number was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PortError {
    /// The text was empty.
    Empty,
    /// The text was not all decimal digits (a sign, a space, a letter).
    NotANumber(String),
    /// Port 0 is not a port one can listen on or connect to by number.
    Zero,
    /// The number was above 65535.
    TooLarge(String),
}

/// The first port that is not privileged: below it, binding needs root on
/// most Unix systems.
const FIRST_UNPRIVILEGED: u16 = 1024;

impl Port {
    /// A port, if `number` is one: every `u16` but 0.
    pub fn new(number: u16) -> Result<Port, PortError> {
        if number == 0 {
            Err(PortError::Zero)
        } else {
            Ok(Port(number))
        }
    }

    /// The number, for the code that needs a `u16`.
    pub fn get(self) -> u16 {
        self.0
    }

    /// Whether the port is below 1024, where binding needs privileges.
    pub fn is_privileged(self) -> bool {
        self.0 < FIRST_UNPRIVILEGED
    }
}

impl FromStr for Port {
    type Err = PortError;

    /// Decimal digits only: no sign, no spaces, no `0x`.
    fn from_str(text: &str) -> Result<Port, PortError> {
        if text.is_empty() {
            return Err(PortError::Empty);
        }
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PortError::NotANumber(text.to_owned()));
        }
        // All digits: the only way parsing fails now is a number too big.
        let number: u16 = text
            .parse()
            .map_err(|_| PortError::TooLarge(text.to_owned()))?;
        Port::new(number)
    }
}

impl fmt::Display for Port {
    /// The bare number, as it goes into an address: `8080`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Display for PortError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PortError::Empty => write!(f, "no port number given"),
            PortError::NotANumber(text) => write!(f, "{text:?} is not a port number"),
            PortError::Zero => write!(f, "port 0 cannot be used"),
            PortError::TooLarge(text) => write!(f, "{text} is above the largest port, 65535"),
        }
    }
}

impl std::error::Error for PortError {}
