// compile_fail: E0308
// Go's `m["port"].(float64)` asserts at run time; in Rust a `Value` is not
// a number until you ask it, and the answer is an Option.
use serde_json::{Value, json};

fn main() {
    let config: Value = json!({"port": 8080});
    // ANCHOR: index
    let port: u16 = config["port"];
    // ANCHOR_END: index
    println!("{port}");
}
