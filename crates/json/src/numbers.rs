//! What a JSON number becomes: in a `serde_json::Value`, a `u64`, an `i64`
//! or an `f64` (this course does not turn on serde_json's
//! `arbitrary_precision` feature); in Go's `interface{}`, always a
//! `float64`.

use serde_json::{Number, Value};

/// How a `Value` holds a number: `"u64"` for an integer from 0 to
/// `u64::MAX`, `"i64"` for a negative one down to `i64::MIN`, `"f64"` for
/// anything with a fraction or an exponent, or an integer too large for
/// both.
///
/// ```
/// let v: serde_json::Value = serde_json::from_str("[9007199254740993, -1, 0.5, 1e2]").unwrap();
/// let kinds: Vec<_> = v.as_array().unwrap().iter()
///     .map(|n| json::numbers::kind(n.as_number().unwrap())).collect();
/// assert_eq!(kinds, ["u64", "i64", "f64", "f64"]);
/// ```
pub fn kind(number: &Number) -> &'static str {
    if number.is_u64() {
        "u64"
    } else if number.is_i64() {
        "i64"
    } else {
        "f64"
    }
}

/// What Go's `json.Unmarshal` into an `interface{}` would hold for this
/// value if it is a number: its `float64`, which rounds every integer
/// above 2^53 to a multiple of 2 or more.
///
/// ```
/// let v: serde_json::Value = serde_json::from_str("9007199254740993").unwrap();
/// assert_eq!(v.as_u64(), Some(9007199254740993)); // exact
/// assert_eq!(json::numbers::go_float64(&v), Some(9007199254740992.0)); // Go's
/// ```
pub fn go_float64(value: &Value) -> Option<f64> {
    value.as_f64()
}
