//! One field that takes a number or a string of one: what Go's
//! mapstructure does with `WeaklyTypedInput`, for a single field, with
//! `#[serde(deserialize_with = "...")]`. (Go's `json:"port,string"` is
//! stricter: it takes only the quoted form, `"8080"`.)

use serde::Deserialize;
use serde::de::{Deserializer, Error};

// ANCHOR: lenient
/// A listener whose port may come as `8080` or as `"8080"`.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listener {
    /// `8080` or `"8080"`; anything else is refused.
    #[serde(deserialize_with = "number_or_string")]
    pub port: u16,
}

/// Reads a `u16` written as a JSON number or as a string of digits.
pub fn number_or_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u16, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum NumberOrString {
        Number(u64),
        Text(String),
    }
    let number = match NumberOrString::deserialize(deserializer)? {
        NumberOrString::Number(n) => n,
        NumberOrString::Text(text) => text
            .parse()
            .map_err(|_| D::Error::custom(format!("expected a port, found {text:?}")))?,
    };
    u16::try_from(number).map_err(|_| D::Error::custom(format!("port {number} is above 65535")))
}
// ANCHOR_END: lenient
