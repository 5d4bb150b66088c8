//! A tokenizer for a small calculator language, ported from a Go scanner
//! that uses `fallthrough` for a number's sign and `continue Scan` to come
//! back from a comment.
//!
//! The language has whole numbers (`42`, `-7`), names (`x`, `rate_2`), the
//! operators `+ - * / ( ) =`, whitespace between tokens and `#` comments to
//! the end of the line.

use std::iter::Peekable;
use std::str::CharIndices;

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
    let mut tokens = Vec::new();
    let mut chars = src.char_indices().peekable();
    'scan: while let Some((pos, c)) = chars.next() {
        match c {
            ' ' | '\t' | '\r' | '\n' => {}
            '#' => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        continue 'scan; // Go's `continue Scan`: on with the next line
                    }
                }
            }
            // Go reaches its number case from here with `fallthrough`; in
            // Rust both arms call the same function.
            '-' if !follows_value(&tokens) && next_is_digit(&mut chars) => {
                tokens.push(number(src, pos, &mut chars)?);
            }
            '0'..='9' => tokens.push(number(src, pos, &mut chars)?),
            'a'..='z' | 'A'..='Z' | '_' => {
                let mut end = pos + 1;
                while let Some((i, _)) =
                    chars.next_if(|&(_, c)| c.is_ascii_alphanumeric() || c == '_')
                {
                    end = i + 1;
                }
                tokens.push(Token::Ident(src[pos..end].to_owned()));
            }
            '+' | '-' | '*' | '/' | '(' | ')' | '=' => tokens.push(Token::Op(c)),
            ch => return Err(LexError::Unexpected { ch, pos }),
        }
    }
    Ok(tokens)
}

/// Whether the last token is a value, after which a `-` subtracts.
fn follows_value(tokens: &[Token]) -> bool {
    matches!(
        tokens.last(),
        Some(Token::Num(_) | Token::Ident(_) | Token::Op(')'))
    )
}

fn next_is_digit(chars: &mut Peekable<CharIndices<'_>>) -> bool {
    chars.peek().is_some_and(|&(_, c)| c.is_ascii_digit())
}

/// The number that starts at `start` (its sign or its first digit, one
/// byte either way), reading its digits from `chars`.
fn number(
    src: &str,
    start: usize,
    chars: &mut Peekable<CharIndices<'_>>,
) -> Result<Token, LexError> {
    let mut end = start + 1;
    while let Some((i, _)) = chars.next_if(|&(_, c)| c.is_ascii_digit()) {
        end = i + 1;
    }
    // `parse` takes the sign too, so i64::MIN, whose magnitude does not fit
    // an i64, is read as it should be.
    src[start..end]
        .parse()
        .map(Token::Num)
        .map_err(|_| LexError::TooLarge { pos: start })
}
