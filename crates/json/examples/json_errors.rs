//! What serde_json's errors say, and where: the line and column of text,
//! no position for a `Value`. No Go original: Go's messages are in the
//! chapter.

use json::config::Config;
use json::errors::describe;
use json::service::service_from_map;
use serde_json::{Value, json};

fn show(what: &str, err: &serde_json::Error) {
    let (message, position, category) = describe(err);
    match position {
        Some((line, column)) => println!("{what}: {category} at {line}:{column}: {message}"),
        None => println!("{what}: {category}, no position: {message}"),
    }
}

fn main() {
    // ANCHOR: text
    let docs = [
        ("unknown", r#"{"name":"api","retires":5}"#),
        ("missing", r#"{"name":"api"}"#),
        ("wrong type", "{\"name\":\"api\",\n\"retries\":\"5\"}"),
        ("negative", r#"{"name":"api","retries":-1}"#),
        ("syntax", r#"{"name":"api",}"#),
        ("cut short", r#"{"name":"ap"#),
    ];
    for (what, doc) in docs {
        if let Err(err) = serde_json::from_str::<Config>(doc) {
            show(what, &err);
        }
    }
    // ANCHOR_END: text

    // ANCHOR: value
    let Value::Object(map) = json!({
        "name": "api",
        "port": 8080,
        "upstreams": [{"host": "10.0.0.1", "weight": "heavy"}],
    }) else {
        unreachable!("json!({{...}}) is an object")
    };
    if let Err(err) = service_from_map(map) {
        show("from_value", &err);
    }
    // ANCHOR_END: value
}
