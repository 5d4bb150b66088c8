//! Type aliases: a second name for a type, with none of a newtype's safety.

// ANCHOR: aliases
/// A length in metres: just another name for `f64`.
pub type Meters = f64;
/// A length in feet: `f64` too, so mixing it with `Meters` compiles.
pub type Feet = f64;
// ANCHOR_END: aliases

// ANCHOR: result_alias
/// Where aliases shine: shortening a long type that a module repeats,
/// like `std::io::Result<T>` for `Result<T, std::io::Error>`.
pub type ParseResult<T> = Result<T, std::num::ParseFloatError>;

/// Parses a length in metres; the alias is `Result<f64, ParseFloatError>`.
pub fn parse_meters(text: &str) -> ParseResult<Meters> {
    text.trim().parse()
}
// ANCHOR_END: result_alias
