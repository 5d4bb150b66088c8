//! A tokenizer for a small calculator language, ported from a Go scanner
//! that uses `fallthrough` for a number's sign and `continue Scan` to come
//! back from a comment.
//!
//! The language has whole numbers (`42`, `-7`), names (`x`, `rate_2`), the
//! operators `+ - * / ( ) =`, whitespace between tokens and `#` comments to
//! the end of the line. The Go original is a loop with a tagless switch:
//!
//! ```text
//! Scan:
//!     for i < len(src) {
//!         c := src[i]
//!         switch {
//!         case c == ' ', c == '\t', c == '\r', c == '\n':
//!             i++
//!         case c == '#':
//!             for i < len(src) {
//!                 if src[i] == '\n' {
//!                     continue Scan // the comment ends with its line
//!                 }
//!                 i++
//!             }
//!         case c == '-' && nextIsDigit(src, i) && !followsValue(tokens):
//!             fallthrough // into the number case, without testing isDigit(c)
//!         case isDigit(c):
//!             // read the digits from i (the sign included), then
//!             // strconv.ParseInt; an error if it does not fit an int64
//!         case isLetter(c) || c == '_':
//!             // read the name
//!         case strings.ContainsRune("+-*/()=", rune(c)):
//!             // an operator
//!         default:
//!             return nil, fmt.Errorf("unexpected %q at %d", c, i)
//!         }
//!     }
//! ```
//!
//! Run the tests with `cargo test -p control-flow-2`; ask for a hint with
//! `cargo course hint control-flow-2`.

/// A token of the calculator's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    /// A whole number, with its sign when a `-` is its sign: `42`, `-7`.
    Num(i64),
    /// A name: an ASCII letter or `_`, then ASCII letters, digits and `_`.
    Ident(String),
    /// One of `+ - * / ( ) =`.
    Op(char),
}

/// Why a text could not be tokenized. Positions are byte offsets into the
/// text, as Go's `for i, r := range src` gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexError {
    /// A character the language has no use for, at byte offset `pos`.
    Unexpected { ch: char, pos: usize },
    /// A number that does not fit an `i64`; `pos` is where it starts (at its
    /// sign, when it has one).
    TooLarge { pos: usize },
}

/// Splits `src` into tokens, or returns the first error.
///
/// - A space, tab, carriage return or newline separates tokens.
/// - `#` starts a comment that runs to the end of its line.
/// - A run of ASCII digits is a number. A `-` is the sign of the number
///   after it when a digit follows it at once *and* the token before it is
///   not a value (a number, a name or `)`): `x=-5` and `(-1)` hold `-5` and
///   `-1`, but `3-2` and `x -1` subtract.
/// - A name starts with an ASCII letter or `_` and goes on with ASCII
///   letters, digits and `_`.
pub fn tokenize(src: &str) -> Result<Vec<Token>, LexError> {
    // TODO: port the Go scanner above.
    //
    // - Walk the text with `src.char_indices().peekable()`: it gives
    //   `(byte offset, char)` pairs, Go's `for i, r := range src`, and
    //   `peek()` looks at the next one without taking it (`next_if` takes it
    //   only when it passes a test).
    // - Label the loop, `'scan: while let Some((pos, c)) = chars.next()`,
    //   and `match c` with or-patterns and ranges (`' ' | '\t'`, `'0'..='9'`)
    //   where Go has a case list; a guard (`'-' if ...`) for the sign's case.
    // - Rust has no `fallthrough`: the sign's arm and the digit's arm both
    //   call one function that reads a number starting at `pos`.
    // - A comment skips to the newline, then `continue 'scan`.
    // - `&src[start..end]` is the number's text, sign included; `parse::<i64>()`
    //   says when it does not fit.
    todo!()
}
