// compile_fail: E0308
// This file must NOT compile: a `Result<u16, _>` is not a `u16`; the error
// cannot be left unchecked the way Go's `port, _ := strconv.Atoi(s)` can.

// ANCHOR: result_as_value
fn main() {
    let text = "8o80";
    // Go: port, _ := strconv.Atoi(text) is 0
    let port: u16 = text.parse::<u16>();
    println!("port {port}");
}
// ANCHOR_END: result_as_value
