// compile_fail: E0381
// Go's `var err error` shadowed inside an `if`: in Rust the outer binding
// has no zero value, and reading it when only its shadow was assigned is
// refused.
//
//   error[E0381]: used binding `port` isn't initialized

use std::num::ParseIntError;

// ANCHOR: uninit
fn parse_port(text: &str) -> Result<u16, ParseIntError> {
    let port: Result<u16, ParseIntError>;
    if !text.is_empty() {
        let port: Result<u16, ParseIntError> = text.parse();
        println!("inner: {port:?}");
    }
    port
}
// ANCHOR_END: uninit

fn main() {
    println!("{:?}", parse_port("8080"));
}
