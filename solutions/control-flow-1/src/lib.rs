//! HTTP status codes, sorted with `match`: ranges for Go's tagless
//! `switch { case code >= 200 && code < 300: ... }`, or-patterns for its
//! case lists `case 408, 429:`, and bindings to use the code an arm matched.

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
    match code {
        100..=199 => StatusClass::Informational,
        200..=299 => StatusClass::Success,
        300..=399 => StatusClass::Redirection,
        400..=499 => StatusClass::ClientError,
        500..=599 => StatusClass::ServerError,
        _ => StatusClass::Invalid,
    }
}

/// Whether a client may send the same request again after this answer:
/// 408 Request Timeout, 429 Too Many Requests, 502 Bad Gateway, 503
/// Service Unavailable and 504 Gateway Timeout. No other code is.
pub fn is_retryable(code: u16) -> bool {
    matches!(code, 408 | 429 | 502 | 503 | 504)
}

/// A line for a log: the code and its name for the four codes that have
/// one here ("200 OK", "301 Moved Permanently", "404 Not Found", "500
/// Internal Server Error"); the code and its class for any other status
/// code ("102 informational", "204 success", "302 redirection", "418 client
/// error", "503 server error"); and "{code} is not an HTTP status code"
/// for a number outside 100 to 599.
pub fn message(code: u16) -> String {
    match code {
        200 => "200 OK".to_owned(),
        301 => "301 Moved Permanently".to_owned(),
        404 => "404 Not Found".to_owned(),
        500 => "500 Internal Server Error".to_owned(),
        code @ 100..=199 => format!("{code} informational"),
        code @ 200..=299 => format!("{code} success"),
        code @ 300..=399 => format!("{code} redirection"),
        code @ 400..=499 => format!("{code} client error"),
        code @ 500..=599 => format!("{code} server error"),
        code => format!("{code} is not an HTTP status code"),
    }
}
