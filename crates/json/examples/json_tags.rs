//! Struct tags as serde attributes; the port of `go/json_tags/main.go`.

use json::account::{Account, Audit};

fn main() -> Result<(), serde_json::Error> {
    // ANCHOR: marshal
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
    println!("{}", serde_json::to_string(&a)?);
    // ANCHOR_END: marshal

    // ANCHOR: unmarshal
    // `role` has `default = "member"`; `email` and `tags` have `default`.
    let doc = r#"{"id":8,"userName":"rustacean","tags":["new"],"createdBy":"ci"}"#;
    let b: Account = serde_json::from_str(doc)?;
    println!(
        "id={} userName={} email={:?} tags=[{}] role={} createdBy={}",
        b.id,
        b.user_name,
        b.email,
        b.tags.join(" "),
        b.role,
        b.audit.created_by
    );
    // ANCHOR_END: unmarshal
    Ok(())
}
