//! A big integer through Go's float64, and through Rust's types; the port
//! of `go/json_numbers/main.go`.

use serde::Deserialize;
use serde_json::Value;

fn main() -> Result<(), serde_json::Error> {
    let doc = r#"{"id": 9007199254740993, "ratio": 0.5}"#;

    // ANCHOR: interface
    let loose: Value = serde_json::from_str(doc)?;
    // What Go's interface{} holds: the number as a float64.
    let id = json::numbers::go_float64(&loose["id"]).unwrap_or_default();
    println!("interface{{}} float64: {id}");
    println!("as int64: {}", id as i64);
    // ANCHOR_END: interface

    // ANCHOR: typed
    #[derive(Deserialize)]
    struct Typed {
        id: i64,
        ratio: f64,
    }
    let typed: Typed = serde_json::from_str(doc)?;
    println!("int64 field: {} {}", typed.id, typed.ratio);
    // ANCHOR_END: typed

    // ANCHOR: use_number
    // A Value already keeps the integer: it is Go's UseNumber by default.
    let exact = loose["id"].as_i64();
    println!(
        "UseNumber: {} {}",
        exact.unwrap_or_default(),
        exact.is_some()
    );
    // ANCHOR_END: use_number
    Ok(())
}
