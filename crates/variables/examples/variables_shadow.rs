//! Go's `err` shadowed inside an `if`: the port of
//! `go/variables_shadow/main.go`. Rust shadows in an inner block exactly as
//! Go's `:=` does; the fix is a shape with no `err` variable at all.

use variables::shadowing::{parse_port, parse_port_shadowed};

fn main() {
    // ANCHOR: main
    let (port, err) = parse_port_shadowed("eighty", true);
    println!("shadowed: {port} failed: {}", err.is_some());
    let (port, err) = parse_port_shadowed("8080", true);
    println!("shadowed: {port} failed: {}", err.is_some());
    for text in ["eighty", "8080"] {
        let parsed = parse_port(text, true);
        let port = *parsed.as_ref().unwrap_or(&0);
        println!("fixed: {port} failed: {}", parsed.is_err());
    }
    // ANCHOR_END: main
}
