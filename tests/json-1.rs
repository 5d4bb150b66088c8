//! Graded tests for json-1: serde attributes that decode and encode an
//! account document exactly as the Go struct tags do, and refuse what
//! `DisallowUnknownFields` refuses.

use json_1::{Account, decode, encode};
use serde_json::Value;

/// A document with every key, as the Go service writes it. The id is
/// above 2^53, where a float64 would lose it.
const FULL: &str = r#"{"id":9007199254740993,"userName":"gopher","email":"g@go.dev","tags":["admin","ops"],"role":"owner"}"#;

/// Only the keys that have no default.
const MINIMAL: &str = r#"{"id":1,"userName":"rustacean"}"#;

/// Decodes a document the test expects to be valid.
fn decoded(json: &str) -> Account {
    decode(json).unwrap_or_else(|err| panic!("`decode` refused the valid document {json}: {err}"))
}

/// The object that `encode` wrote, parsed back.
fn encoded_object(account: &Account) -> serde_json::Map<String, Value> {
    let text = encode(account);
    match serde_json::from_str(&text) {
        Ok(Value::Object(map)) => map,
        _ => panic!("`encode` must write one JSON object, and wrote {text}"),
    }
}

graded::tests! {
    /// Every key of the Go document lands in its field: the JSON names are
    /// Go's (`userName`), not the Rust field names (`user_name`).
    fn decodes_every_key_by_its_go_name() {
        let account = decoded(FULL);
        assert_eq!(
            account.user_name(),
            "gopher",
            "the key `userName` must fill `user_name`: Go's tag `json:\"userName\"` is \
             `#[serde(rename = \"userName\")]` (or `rename_all = \"camelCase\"` on the struct)"
        );
        assert_eq!(
            account.id(),
            9_007_199_254_740_993,
            "the id 9007199254740993 must come back exact: it is an i64 field, not a float"
        );
        assert_eq!(account.email(), "g@go.dev", "the key `email` must fill `email`");
        assert_eq!(account.tags(), ["admin", "ops"], "the key `tags` must fill `tags`, in order");
        assert_eq!(account.role(), "owner", "a role in the document must win over the default");
    }

    /// A document without `email`, `tags` or `role` decodes, with `""`, no
    /// tags and the role `"member"` (what the Go code sets before
    /// `Unmarshal`).
    fn missing_optional_keys_take_their_defaults() {
        let account = decode(MINIMAL).unwrap_or_else(|err| {
            panic!(
                "a document without `email`, `tags` or `role` must decode (Go leaves those \
                 fields as they were): give them `#[serde(default)]` or \
                 `#[serde(default = \"...\")]`. The error was: {err}"
            )
        });
        assert_eq!(account.email(), "", "a missing `email` is the empty string");
        assert!(account.tags().is_empty(), "missing `tags` are no tags, and were {:?}", account.tags());
        assert_eq!(
            account.role(),
            "member",
            "a missing `role` is \"member\", as in Go's `Account{{Role: \"member\"}}` before \
             `Unmarshal`: plain `#[serde(default)]` gives \"\"; use `default = \"a_function\"`"
        );
        assert_eq!(account.id(), 1, "the id of the minimal document is 1");
        assert_eq!(account.user_name(), "rustacean", "the userName of the minimal document");
    }

    /// Without `id` or `userName` a document is an error that names the
    /// missing key: those two have no default.
    fn a_missing_id_or_user_name_is_an_error() {
        for (json, key) in [
            (r#"{"userName":"nobody"}"#, "id"),
            (r#"{"id":3}"#, "userName"),
        ] {
            match decode(json) {
                Ok(account) => panic!(
                    "{json} has no `{key}` and must be refused, not decoded as {account:?}: only \
                     email, tags and role have defaults (Go would give a zero, which is the bug)"
                ),
                Err(err) => assert!(
                    err.to_string().contains(&format!("missing field `{key}`")),
                    "the error for {json} must say \"missing field `{key}`\", and said: {err}"
                ),
            }
        }
    }

    /// An unknown key is refused, and the error names it: Go's
    /// `DisallowUnknownFields`. A misspelled key must not vanish.
    fn unknown_keys_are_refused_by_name() {
        for (json, key) in [
            (r#"{"id":1,"userName":"x","emial":"x@go.dev"}"#, "emial"),
            (r#"{"id":1,"user_name":"x","userName":"x"}"#, "user_name"),
        ] {
            match decode(json) {
                Ok(account) => panic!(
                    "{json} has the unknown key `{key}` and must be refused (Go's \
                     `DisallowUnknownFields`), not decoded as {account:?}: \
                     `#[serde(deny_unknown_fields)]` on the struct"
                ),
                Err(err) => assert!(
                    err.to_string().contains(&format!("unknown field `{key}`")),
                    "the error for {json} must say \"unknown field `{key}`\", and said: {err}"
                ),
            }
        }
    }

    /// `password` is `json:"-"`: no document sets it (Go with
    /// `DisallowUnknownFields` refuses the key) and `encode` never writes
    /// it.
    fn the_password_is_never_read_or_written() {
        let json = r#"{"id":1,"userName":"x","password":"hunter2"}"#;
        if let Ok(account) = decode(json) {
            panic!(
                "{json} must be refused: `password` is `json:\"-\"`, no key of the document, \
                 so it is an unknown key; it was decoded with the password {:?} (`skip`, not \
                 only `skip_serializing`)",
                account.password()
            );
        }
        let mut account = decoded(MINIMAL);
        account.set_password("hunter2");
        assert_eq!(account.password(), "hunter2", "`set_password` must set the password");
        let text = encode(&account);
        assert!(
            !text.contains("password") && !text.contains("hunter2"),
            "`encode` must never write the password (`json:\"-\"` is `#[serde(skip)]`), and \
             wrote {text}"
        );
    }

    /// `email` and `tags` are `omitempty`: left out when empty, written when
    /// not; `id` and `role` are written always, even as `0` and `""`.
    fn encode_leaves_out_only_an_empty_email_and_empty_tags() {
        let map = encoded_object(&decoded(r#"{"id":0,"userName":"x","role":""}"#));
        assert!(
            !map.contains_key("email"),
            "an empty email must be left out (`omitempty`: `skip_serializing_if = \
             \"String::is_empty\"`), and was written: {map:?}"
        );
        assert!(
            !map.contains_key("tags"),
            "empty tags must be left out (`omitempty`: `skip_serializing_if = \"Vec::is_empty\"`), \
             and were written: {map:?}"
        );
        assert_eq!(
            map.get("id"),
            Some(&Value::from(0)),
            "`id` has no omitempty: an id of 0 is still written as `\"id\":0`; wrote {map:?}"
        );
        assert_eq!(
            map.get("role"),
            Some(&Value::from("")),
            "`role` has no omitempty: an empty role is still written as `\"role\":\"\"`; wrote \
             {map:?}"
        );
        let map = encoded_object(&decoded(FULL));
        assert_eq!(map.get("email"), Some(&Value::from("g@go.dev")), "a non-empty email is written");
        assert_eq!(
            map.get("tags"),
            Some(&serde_json::json!(["admin", "ops"])),
            "non-empty tags are written"
        );
    }

    /// Decoding the Go document and encoding it again gives the same text,
    /// key for key in Go's order.
    fn a_full_document_round_trips_to_the_same_text() {
        let text = encode(&decoded(FULL));
        assert_eq!(
            text, FULL,
            "encode(decode(doc)) must give back the Go document: the same keys (Go's names), in \
             the same order, with nothing added"
        );
        assert_eq!(
            encode(&decoded(MINIMAL)),
            r#"{"id":1,"userName":"rustacean","role":"member"}"#,
            "the minimal document encodes with its default role and without email and tags"
        );
    }

    /// A bad document's error says where it went wrong: the line and column
    /// in the text, as serde_json's `from_str` gives them.
    fn a_decode_error_says_line_and_column() {
        let json = "{\n  \"id\": 1,\n  \"userName\": 42\n}";
        let err = match decode(json) {
            Ok(account) => panic!("`userName` is a number here and must be refused, not {account:?}"),
            Err(err) => err,
        };
        assert_eq!(
            (err.line(), err.column()),
            (3, 16),
            "the error must point at line 3, column 16, where the number 42 is; it said: {err} \
             (decoding the text straight into the struct keeps the position; going through a \
             `Value` first loses it)"
        );
        assert!(
            err.to_string().ends_with("at line 3 column 16"),
            "the message must end with \"at line 3 column 16\", and was: {err}"
        );
    }
}
