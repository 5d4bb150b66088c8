//! Go's `fallthrough`, which Rust does not have: the levels that include
//! each other written as cumulative `if`s, and Go's untested case written
//! as what it really does. The port of `go/control_flow_fallthrough/main.go`.

use control_flow::fallthrough::{Role, permissions};
use control_flow::print;

// ANCHOR: untested
/// What Go's `sizes` does, written out: a positive `n` runs both bodies,
/// because `fallthrough` never tests `n > 100`. Rust has no way to skip a
/// test by accident: to run the second body, say so.
fn sizes(n: i32) {
    match n {
        n if n > 0 => {
            println!("{n} is positive");
            println!("{n} is greater than 100"); // Go's fallthrough, made visible
        }
        n if n > 100 => println!("{n} is greater than 100"), // never reached: n > 0 came first
        n => println!("{n} is not positive"),
    }
}
// ANCHOR_END: untested

fn main() {
    // ANCHOR: main
    for name in ["admin", "editor", "viewer", "guest"] {
        let role = match name {
            "admin" => Some(Role::Admin),
            "editor" => Some(Role::Editor),
            "viewer" => Some(Role::Viewer),
            _ => None,
        };
        let granted = role.map(permissions).unwrap_or_default();
        println!("{name} may {}", print::slice(&granted));
    }
    // ANCHOR_END: main

    // ANCHOR: main_untested
    sizes(5);
    sizes(-1);
    // ANCHOR_END: main_untested
}
