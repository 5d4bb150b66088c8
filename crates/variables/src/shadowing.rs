//! Go's `err` shadowed inside an `if`, and the Rust shape that has no `err`
//! variable to shadow.

use std::num::ParseIntError;

/// What Go's `strconv.Atoi` returns: the number (0 on failure) and an
/// error that is `None` on success.
pub type Atoi = (u16, Option<ParseIntError>);

/// A port number, or why the text was not one.
pub type Parsed = Result<u16, ParseIntError>;

/// Go's `strconv.Atoi` shape, for a port number.
///
/// ```
/// let (port, err) = variables::shadowing::atoi("8080");
/// assert_eq!((port, err.is_none()), (8080, true));
/// let (port, err) = variables::shadowing::atoi("eighty");
/// assert_eq!((port, err.is_some()), (0, true));
/// ```
pub fn atoi(text: &str) -> Atoi {
    match text.parse() {
        Ok(number) => (number, None),
        Err(err) => (0, Some(err)),
    }
}

// ANCHOR: shadowed
/// Go's `parsePort`, bug included: the `let` in
/// the `if` declares a second `port` and `err`, as
/// Go's `:=` does; the outer ones are returned.
pub fn parse_port_shadowed(text: &str, strict: bool) -> Atoi {
    let err: Option<ParseIntError> = None;
    let port = 80;
    if strict {
        let (port, err) = atoi(text);
        if err.is_none() {
            println!("inner port: {port}");
        }
    }
    (port, err)
}
// ANCHOR_END: shadowed

// ANCHOR: parse_port
/// The Rust shape: the `if` is an expression, its
/// value is the result, and there is no variable
/// to assign, or to shadow by mistake.
pub fn parse_port(text: &str, strict: bool) -> Parsed {
    if strict { text.parse() } else { Ok(80) }
}
// ANCHOR_END: parse_port

// ANCHOR: rebinding
/// Deliberate shadowing: the same name, a new binding of a new type. The
/// text is no longer reachable once the number is bound.
pub fn port_from_config(line: &str) -> Parsed {
    let port = line.trim_start_matches("port=");
    let port: u16 = port.trim().parse()?;
    Ok(port)
}
// ANCHOR_END: rebinding
