//! Graded tests for control-flow-1: HTTP status codes sorted with `match`.

use control_flow_1::{StatusClass, classify, is_retryable, message};

graded::tests! {
    /// Each class runs from its hundred to its ninety-nine: the first and
    /// the last code of each belong to it.
    fn classify_takes_in_the_first_and_last_code_of_each_class() {
        for (low, high, class) in [
            (100, 199, StatusClass::Informational),
            (200, 299, StatusClass::Success),
            (300, 399, StatusClass::Redirection),
            (400, 499, StatusClass::ClientError),
            (500, 599, StatusClass::ServerError),
        ] {
            for code in [low, low + 1, low + 50, high - 1, high] {
                assert_eq!(
                    classify(code),
                    class,
                    "classify({code}) should be {class:?}: the class runs from {low} to {high}, \
                     both included (an exclusive range `{low}..{high}` leaves {high} out; \
                     write `{low}..={high}`)"
                );
            }
        }
    }

    /// A number below 100 or above 599 is not a status code.
    fn classify_numbers_outside_100_to_599_as_invalid() {
        for code in [0, 1, 42, 99, 600, 601, 999, 1000, u16::MAX] {
            assert_eq!(
                classify(code),
                StatusClass::Invalid,
                "classify({code}) should be Invalid: only 100 to 599 are status codes (an arm \
                 like `..=199`, Go's `case code < 200`, or `500..`, Go's `case code >= 500`, \
                 takes in numbers that are not)"
            );
        }
    }

    /// The five retryable codes, each of them.
    fn is_retryable_for_each_of_the_five_codes() {
        for code in [408, 429, 502, 503, 504] {
            assert!(
                is_retryable(code),
                "is_retryable({code}) should be true: 408, 429, 502, 503 and 504 may be retried"
            );
        }
    }

    /// No other code is retryable, the neighbours of the five included.
    fn is_retryable_for_no_other_code() {
        for code in [
            0, 100, 200, 204, 301, 400, 404, 407, 409, 418, 428, 430, 500, 501, 505, 599, 600,
        ] {
            assert!(
                !is_retryable(code),
                "is_retryable({code}) should be false: only 408, 429, 502, 503 and 504 may be \
                 retried (a range such as `408..=429` or `500..=599` takes in codes between \
                 them; list the codes with `|`, Go's `case 408, 429:`)"
            );
        }
    }

    /// The four codes with a name get their name.
    fn message_names_the_four_named_codes() {
        for (code, line) in [
            (200, "200 OK"),
            (301, "301 Moved Permanently"),
            (404, "404 Not Found"),
            (500, "500 Internal Server Error"),
        ] {
            assert_eq!(
                message(code),
                line,
                "message({code}) should be {line:?}: the arms for single codes must come before \
                 the ranges that contain them, since the first arm that matches wins (as the \
                 first matching case does in Go)"
            );
        }
    }

    /// Any other status code is described by its class.
    fn message_describes_other_codes_by_their_class() {
        for (code, line) in [
            (100, "100 informational"),
            (199, "199 informational"),
            (201, "201 success"),
            (299, "299 success"),
            (302, "302 redirection"),
            (399, "399 redirection"),
            (403, "403 client error"),
            (405, "405 client error"),
            (499, "499 client error"),
            (503, "503 server error"),
            (599, "599 server error"),
        ] {
            assert_eq!(
                message(code),
                line,
                "message({code}) should be {line:?}: the code, a space, and its class in words"
            );
        }
    }

    /// A number outside 100 to 599 is said not to be a status code.
    fn message_says_when_a_number_is_not_a_status_code() {
        for code in [0, 99, 600, 999, u16::MAX] {
            assert_eq!(
                message(code),
                format!("{code} is not an HTTP status code"),
                "message({code}) should say it is not a status code: the server errors end at \
                 599, and a `_` arm for them (Go's `default:`) takes in every larger number too"
            );
        }
    }
}
