//! Where a decode failed. A `serde_json::Error` from text knows the line
//! and column (both from 1) and prints them: "... at line 2 column 12".
//! One from a `Value` (`from_value`) has line 0 and prints no position.

use serde_json::error::Category;

// ANCHOR: position
/// The error's message, its position as `(line, column)` when it has one,
/// and its category (syntax, data, end of input, I/O).
pub fn describe(err: &serde_json::Error) -> (String, Option<(usize, usize)>, &'static str) {
    let position = (err.line() > 0).then(|| (err.line(), err.column()));
    let category = match err.classify() {
        Category::Io => "io",
        Category::Syntax => "syntax",
        Category::Data => "data",
        Category::Eof => "eof",
    };
    (err.to_string(), position, category)
}
// ANCHOR_END: position
