//! A misspelled key, as Go decodes it; the port of
//! `go/json_unknown/main.go`.

use json::config::{GoConfig, GoStrictConfig};

fn main() {
    let doc = r#"{"name":"api","retires":5}"#; // retires: a typo of retries

    // ANCHOR: unmarshal
    // `#[serde(default)]` on the struct: Go's zero values, unknown keys skipped.
    let c: Result<GoConfig, _> = serde_json::from_str(doc);
    let error = c.is_err();
    let c = c.unwrap_or_default();
    println!(
        "misspelled key: name={} retries={} error={error}",
        c.name, c.retries
    );
    // ANCHOR_END: unmarshal

    // ANCHOR: disallow
    let strict: Result<GoStrictConfig, _> = serde_json::from_str(doc);
    println!("DisallowUnknownFields: error={}", strict.is_err());
    // ANCHOR_END: disallow
}
