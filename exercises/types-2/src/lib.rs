//! A port number that is valid by construction.
//!
//! In Go you would write `type Port uint16` and check it wherever it is
//! used, or trust that someone did: `Port(0)` compiles. Here the field is
//! private, so the only ways to get a `Port` are `Port::new` and
//! `"8080".parse::<Port>()`, and both must check. Then every `Port` in the
//! program is between 1 and 65535, and no other code has to check again.
//!
//! Run the tests with `cargo test -p types-2`; ask for a hint with
//! `cargo course hint types-2`.

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

impl Port {
    /// A port, if `number` is one: every `u16` but 0.
    pub fn new(number: u16) -> Result<Port, PortError> {
        // TODO: Go's constructor `func NewPort(n uint16) (Port, error)`.
        // Refuse 0 with `Err(PortError::Zero)`; wrap anything else.
        todo!()
    }

    /// The number, for the code that needs a `u16`.
    pub fn get(self) -> u16 {
        // TODO: Go's `uint16(p)`: the number inside.
        todo!()
    }

    /// Whether the port is below 1024, where binding needs privileges.
    pub fn is_privileged(self) -> bool {
        // TODO: 1023 is privileged, 1024 is not.
        todo!()
    }
}

impl FromStr for Port {
    type Err = PortError;

    /// Decimal digits only: no sign, no spaces, no `0x`.
    fn from_str(text: &str) -> Result<Port, PortError> {
        // TODO: Go would call `strconv.Atoi`, but Atoi (like Rust's own
        // `parse::<u16>()`) accepts a leading `+`. Check in this order:
        // empty text is `Empty`; anything but ASCII digits is `NotANumber`;
        // digits that do not fit a u16 are `TooLarge`; then `Port::new`
        // refuses 0. The two variants with a String keep the text given.
        todo!()
    }
}

impl fmt::Display for Port {
    /// The bare number, as it goes into an address: `8080`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // TODO: Go's `func (p Port) String() string`. Write the number
        // only: `format!("{port}")` must give "8080", not "Port(8080)".
        todo!()
    }
}

impl fmt::Display for PortError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // TODO: Go's `func (e PortError) Error() string`: a sentence for
        // each variant that says what was wrong (the text given included,
        // for the variants that carry it).
        todo!()
    }
}

impl std::error::Error for PortError {}
