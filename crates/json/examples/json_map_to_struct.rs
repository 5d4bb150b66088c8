//! Map to struct with `serde_json::from_value`; the port of
//! `go/json_map_to_struct/main.go`.

use json::service::service_from_map;
use serde_json::{Value, json};

fn main() -> Result<(), serde_json::Error> {
    // ANCHOR: use
    let Value::Object(mut m) = json!({
        "name": "api",
        "port": 8080,
        "upstreams": [{"host": "10.0.0.1", "weight": 3}],
    }) else {
        unreachable!("json!({{...}}) is an object")
    };
    let s = service_from_map(m.clone())?;
    println!(
        "{}:{} upstreams={} first={}/{}",
        s.name,
        s.port,
        s.upstreams.len(),
        s.upstreams[0].host,
        s.upstreams[0].weight
    );
    // ANCHOR_END: use

    // ANCHOR: wrong
    m.insert("port".into(), json!("8080"));
    let err = service_from_map(m.clone());
    println!("port as a string: error = {}", err.is_err());
    // ANCHOR_END: wrong

    // ANCHOR: nested
    m.insert("port".into(), json!(8080));
    m.insert(
        "upstreams".into(),
        json!([{"host": "10.0.0.1", "weight": "heavy"}]),
    );
    let err = service_from_map(m);
    println!("weight as a string: error = {}", err.is_err());
    // ANCHOR_END: nested
    Ok(())
}
