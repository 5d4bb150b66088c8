// compile_fail: E0308
// This file must NOT compile: an `Option<u16>` is not a `u16`; the missing
// case has to be said before the value can be used.

use std::collections::HashMap;

// ANCHOR: option_as_value
fn main() {
    let ports = HashMap::from([("web", 8080_u16)]);
    // Go: port := ports["db"] is 0 when "db" is missing
    let port: u16 = ports.get("db").copied();
    println!("port {port}");
}
// ANCHOR_END: option_as_value
