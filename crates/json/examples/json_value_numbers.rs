//! What each JSON number becomes in a `serde_json::Value`: `u64`, `i64`
//! or `f64`, and what `as_u64`, `as_i64` and `as_f64` give back. No Go
//! original: Go's `interface{}` has only `float64`.

use json::numbers::kind;
use serde_json::Value;

fn main() -> Result<(), serde_json::Error> {
    // ANCHOR: kinds
    let doc = "[9007199254740993, -42, 0.5, 3.0, 1e3, 18446744073709551615, 18446744073709551616]";
    let numbers: Vec<Value> = serde_json::from_str(doc)?;
    for value in &numbers {
        let Some(n) = value.as_number() else { continue };
        println!(
            "{n}: {} as_u64={:?} as_i64={:?} as_f64={:?}",
            kind(n),
            n.as_u64(),
            n.as_i64(),
            n.as_f64()
        );
    }
    // ANCHOR_END: kinds
    Ok(())
}
