//! Go's `fmt` formats that the examples print with, so that a port prints
//! what its Go original prints.

use std::fmt::Write;

/// Bytes as Go's `fmt.Printf("% x", b)` prints them: two lowercase hex
/// digits each, separated by spaces.
///
/// ```
/// assert_eq!(strings::print::hex("Go语".as_bytes()), "47 6f e8 af ad");
/// ```
pub fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write!(out, "{b:02x}").expect("writing to a String cannot fail");
    }
    out
}

/// A rune as Go's `fmt.Printf("%U", r)` prints it: `U+` and at least four
/// uppercase hex digits.
///
/// ```
/// assert_eq!(strings::print::unicode('语'), "U+8BED");
/// assert_eq!(strings::print::unicode('!'), "U+0021");
/// ```
pub fn unicode(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// A string as Go's `fmt.Printf("%+q", s)` prints it (`strconv.QuoteToASCII`):
/// in double quotes, printable ASCII as it is, `"` and `\` escaped, and
/// every other char as an escape: `\n` and its kin, `\xNN` for the other
/// ASCII controls, `\uNNNN` below U+10000 and `\UNNNNNNNN` above.
///
/// ```
/// use strings::print::quote_ascii;
///
/// assert_eq!(quote_ascii("cafe\u{301}"), r#""cafe\u0301""#);
/// assert_eq!(quote_ascii("👍"), r#""\U0001f44d""#);
/// assert_eq!(quote_ascii("a\"b\n"), r#""a\"b\n""#);
/// ```
pub fn quote_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        let code = u32::from(c);
        let escaped = match c {
            '"' | '\\' => write!(out, "\\{c}"),
            ' '..='~' => write!(out, "{c}"),
            '\x07' => write!(out, "\\a"),
            '\x08' => write!(out, "\\b"),
            '\x0c' => write!(out, "\\f"),
            '\n' => write!(out, "\\n"),
            '\r' => write!(out, "\\r"),
            '\t' => write!(out, "\\t"),
            '\x0b' => write!(out, "\\v"),
            '\0'..='\x7f' => write!(out, "\\x{code:02x}"),
            _ if code < 0x1_0000 => write!(out, "\\u{code:04x}"),
            _ => write!(out, "\\U{code:08x}"),
        };
        escaped.expect("writing to a String cannot fail");
    }
    out.push('"');
    out
}
