//! Go's strings, ported to Rust: bytes, runes (Rust's `char`s), grapheme
//! clusters, char boundaries, invalid UTF-8 and building strings.
//!
//! A Go `string` is a read-only slice of bytes. It usually holds UTF-8, but
//! nothing checks that: `len(s)` counts bytes, `s[i]` is a byte, `s[a:b]`
//! cuts at any byte, and only `for i, r := range s` decodes the UTF-8 into
//! runes (with U+FFFD for each byte it cannot decode). A Rust `str` is
//! UTF-8, always: every way to make one checks it (or is `unsafe`), `s[i]`
//! does not compile, and `&s[a..b]` panics unless `a` and `b` fall between
//! two chars. Bytes that may not be UTF-8 are a `&[u8]` or a `Vec<u8>`.
//! Neither a rune nor a `char` is what a reader sees as one character: that
//! is a grapheme cluster, which the `unicode-segmentation` crate finds.
//!
//! | Go                                   | Rust                                                  |
//! |--------------------------------------|-------------------------------------------------------|
//! | `len(s)`                             | `s.len()` (bytes, too)                                |
//! | `utf8.RuneCountInString(s)`          | `s.chars().count()`                                   |
//! | `for i := 0; i < len(s); i++ { s[i] }` | `for (i, b) in s.bytes().enumerate()`               |
//! | `for i, r := range s`                | `for (i, c) in s.char_indices()`                      |
//! | `[]rune(s)`, `string(runes)`         | `s.chars().collect::<Vec<char>>()`, `runes.iter().collect::<String>()` |
//! | `s[a:b]`                             | `&s[a..b]` (panics off a char boundary), `s.get(a..b)` |
//! | `utf8.ValidString(s)`                | `std::str::from_utf8(bytes).is_ok()`                  |
//! | `strings.Builder`                    | `String::with_capacity(n)`, `push_str`, `write!`      |
//!
//! # Modules
//!
//! - [`lengths`]: a text's length in bytes, chars and grapheme clusters.
//! - [`go`]: what Go does with bytes that are not UTF-8 (`range`,
//!   `utf8.RuneCount`, `strings.ToValidUTF8`), written out on `&[u8]`
//!   so that the examples print what the Go programs print.
//! - [`reverse`]: reversing a text by bytes, by chars and by graphemes.
//! - [`build`]: building a string in place, Go's `strings.Builder`.
//! - [`print`](mod@print): Go's `fmt` formats the examples need.

pub mod build;
pub mod go;
pub mod lengths;
pub mod print;
pub mod reverse;
