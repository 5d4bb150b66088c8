//! The crate's own tests: what the chapter says serde and serde_json do.

use json::account::{Account, Audit};
use json::config::{Config, GoConfig, GoStrictConfig};
use json::errors::describe;
use json::numbers::{go_float64, kind};
use json::service::{service_from_map, service_via_text};
use serde_json::{Value, json};

fn object(value: Value) -> serde_json::Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not an object: {other}"),
    }
}

#[test]
fn omitempty_fields_are_left_out_and_skip_is_never_written() {
    let a = Account {
        audit: Audit {
            created_by: "admin".into(),
        },
        id: 7,
        user_name: "gopher".into(),
        email: String::new(),
        tags: Vec::new(),
        role: "member".into(),
        password: "hunter2".into(),
    };
    let text = serde_json::to_string(&a).unwrap();
    assert_eq!(
        text,
        r#"{"createdBy":"admin","id":7,"userName":"gopher","role":"member"}"#
    );
}

#[test]
fn defaults_fill_what_the_document_leaves_out() {
    let a: Account = serde_json::from_str(r#"{"id":1,"userName":"x"}"#).unwrap();
    assert_eq!(a.role, "member");
    assert_eq!(a.email, "");
    assert!(a.tags.is_empty());
    assert_eq!(a.audit.created_by, "");
}

#[test]
fn a_field_without_default_is_required() {
    // ANCHOR: missing
    // `id` has no `default`: Go would give 0, serde refuses the document.
    let err = serde_json::from_str::<Account>(r#"{"userName":"x"}"#).unwrap_err();
    assert_eq!(err.to_string(), "missing field `id` at line 1 column 16");
    // ANCHOR_END: missing
}

#[test]
fn a_skipped_field_is_not_read() {
    let a: Account =
        serde_json::from_str(r#"{"id":1,"userName":"x","password":"hunter2"}"#).unwrap();
    assert_eq!(a.password, "", "skip: the document's password is ignored");
}

#[test]
fn unknown_keys_are_skipped_unless_denied() {
    let doc = r#"{"name":"api","retires":5}"#;
    let go: GoConfig = serde_json::from_str(doc).unwrap();
    assert_eq!(
        go,
        GoConfig {
            name: "api".into(),
            retries: 0
        }
    );
    assert!(serde_json::from_str::<GoStrictConfig>(doc).is_err());
    let err = serde_json::from_str::<Config>(doc).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown field `retires`, expected `name` or `retries` at line 1 column 23"
    );
}

#[test]
fn names_match_exactly() {
    // Go's Unmarshal would accept "NAME" for `json:"name"`; serde does not.
    let go: GoConfig = serde_json::from_str(r#"{"NAME":"api","retries":1}"#).unwrap();
    assert_eq!(go.name, "", "serde does not fold case");
}

#[test]
fn numbers_keep_their_integer_type_in_a_value() {
    let v: Value =
        serde_json::from_str("[9007199254740993, -1, 0.5, 1e3, 18446744073709551616]").unwrap();
    let kinds: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|n| kind(n.as_number().unwrap()))
        .collect();
    assert_eq!(kinds, ["u64", "i64", "f64", "f64", "f64"]);
    assert_eq!(v[0].as_u64(), Some(9_007_199_254_740_993));
    assert_eq!(go_float64(&v[0]), Some(9_007_199_254_740_992.0));
    assert_eq!(v[2].as_u64(), None, "a fraction is no integer");
    assert_eq!(v[3].as_u64(), None, "1e3 is parsed as a float");
}

#[test]
fn from_value_and_the_text_round_trip_agree() {
    let map = object(json!({"name": "api", "port": 8080, "upstreams": []}));
    assert_eq!(
        service_from_map(map.clone()).unwrap(),
        service_via_text(&map).unwrap()
    );
}

#[test]
fn errors_from_text_have_positions_and_from_value_has_none() {
    let err = serde_json::from_str::<Config>("{\"name\":\"api\",\n\"retries\":\"5\"}").unwrap_err();
    let (message, position, category) = describe(&err);
    assert_eq!(position, Some((2, 13)));
    assert_eq!(category, "data");
    assert!(message.ends_with(" at line 2 column 13"), "{message}");

    let map = object(json!({"name": "api", "port": "8080", "upstreams": []}));
    let err = service_from_map(map).unwrap_err();
    let (message, position, _) = describe(&err);
    assert_eq!(position, None);
    assert_eq!(message, "invalid type: string \"8080\", expected u16");
}

#[test]
fn a_lenient_port_takes_a_number_or_a_string() {
    use json::lenient::Listener;
    // ANCHOR: lenient_use
    let port = |doc: &str| serde_json::from_str::<Listener>(doc).map(|l| l.port);
    assert_eq!(port(r#"{"port": 8080}"#).unwrap(), 8080);
    assert_eq!(port(r#"{"port": "8080"}"#).unwrap(), 8080);
    let err = port(r#"{"port": "http"}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"expected a port, found "http" at line 1 column 16"#
    );
    let err = port(r#"{"port": 70000}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "port 70000 is above 65535 at line 1 column 15"
    );
    // An untagged enum that matches no variant says only that.
    let err = port(r#"{"port": true}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "data did not match any variant of untagged enum NumberOrString at line 1 column 14"
    );
    // ANCHOR_END: lenient_use
}

#[test]
fn a_missing_option_is_none_without_a_default() {
    #[derive(Debug, serde::Deserialize)]
    struct Page {
        title: String,
        next: Option<u32>,
    }
    let page: Page = serde_json::from_str(r#"{"title":"one"}"#).unwrap();
    assert_eq!(page.title, "one");
    assert_eq!(
        page.next, None,
        "a missing Option field is None, not an error"
    );
    let err = serde_json::from_str::<Page>(r#"{"next":2}"#).unwrap_err();
    assert!(
        err.to_string().starts_with("missing field `title`"),
        "{err}"
    );
}
