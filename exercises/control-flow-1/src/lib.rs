//! HTTP status codes, sorted with `match`.
//!
//! In Go you would write each of these functions with a `switch`: a
//! tagless `switch { case code >= 200 && code < 300: ... }` for the ranges,
//! a case list `case 408, 429:` for several codes at once, and `default:`
//! for everything else. In Rust each is one `match`:
//!
//! - a range pattern `200..=299` (both ends included) for Go's
//!   `code >= 200 && code <= 299`;
//! - an or-pattern `408 | 429` for Go's `case 408, 429:`;
//! - a binding `code @ 400..=499` to use the number the arm matched;
//! - `_` (or a plain name) for Go's `default:`. A `match` must cover every
//!   `u16`, so the compiler asks for it.
//!
//! As in Go, the first arm that matches wins, and nothing falls through.
//!
//! Run the tests with `cargo test -p control-flow-1`; ask for a hint with
//! `cargo course hint control-flow-1`.

/// The class of an HTTP status code, by its first digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusClass {
    /// 100 to 199.
    Informational,
    /// 200 to 299.
    Success,
    /// 300 to 399.
    Redirection,
    /// 400 to 499.
    ClientError,
    /// 500 to 599.
    ServerError,
    /// Anything outside 100 to 599: not a status code.
    Invalid,
}

/// The class of `code`: `Informational` for 100 to 199, `Success` for 200
/// to 299, and so on up to `ServerError` for 500 to 599; `Invalid` for
/// every other number.
pub fn classify(code: u16) -> StatusClass {
    // TODO: in Go this is a tagless switch:
    //
    //     switch {
    //     case code >= 100 && code <= 199:
    //         return Informational
    //     ...
    //     default:
    //         return Invalid
    //     }
    //
    // Write it as `match code { ... }` with one range arm per class
    // (`100..=199 => StatusClass::Informational,`) and a `_` arm for the
    // numbers that are no status code. Mind both ends of each range.
    todo!()
}

/// Whether a client may send the same request again after this answer:
/// 408 Request Timeout, 429 Too Many Requests, 502 Bad Gateway, 503
/// Service Unavailable and 504 Gateway Timeout. No other code is.
pub fn is_retryable(code: u16) -> bool {
    // TODO: Go's `switch code { case 408, 429, 502, 503, 504: return true }`
    // followed by `return false`. In Rust, one or-pattern with the five codes
    // (`408 | 429 | ...`) in a `match` that gives a bool, or the macro
    // `matches!(code, 408 | 429 | ...)`. Only these five: 500, 501 and 505
    // are not retryable.
    todo!()
}

/// A line for a log: the code and its name for the four codes that have
/// one here ("200 OK", "301 Moved Permanently", "404 Not Found", "500
/// Internal Server Error"); the code and its class for any other status
/// code ("102 informational", "204 success", "302 redirection", "418 client
/// error", "503 server error"); and "{code} is not an HTTP status code"
/// for a number outside 100 to 599.
pub fn message(code: u16) -> String {
    // TODO: a Go switch with single cases first (`case 404: return "404 Not
    // Found"`), then the ranges (`case code >= 400 && code <= 499: return
    // fmt.Sprintf("%d client error", code)`), then `default:`. In Rust the
    // match is the function's value: give every arm a `String`
    // (`"200 OK".to_owned()`, `format!("{code} client error")`), and bind
    // the number a range matched with `code @ 400..=499 => ...`. The arms
    // are tried in order, as Go's cases are.
    todo!()
}
