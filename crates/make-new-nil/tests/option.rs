//! `Option` is what a nil stands for: the everyday ways to look inside.

use std::collections::HashMap;

fn ports() -> HashMap<&'static str, u16> {
    HashMap::from([("web", 8080), ("db", 5432)])
}

// ANCHOR: comma_ok
#[test]
fn get_is_gos_comma_ok() {
    let ports = ports();
    // Go: port, ok := ports["db"]
    assert_eq!(ports.get("db"), Some(&5432));
    assert_eq!(ports.get("cache"), None);
    // Go: port := ports["cache"] (0 when missing),
    // said out loud
    let port = ports.get("cache").copied().unwrap_or(0);
    assert_eq!(port, 0);
    // or a default that is not the zero value
    let port = ports.get("cache").copied().unwrap_or(6379);
    assert_eq!(port, 6379);
}
// ANCHOR_END: comma_ok

// ANCHOR: if_let
fn describe(port: Option<u16>) -> String {
    // Go: if p != nil { ... } else { ... }
    if let Some(port) = port {
        format!("listening on {port}")
    } else {
        "not listening".to_owned()
    }
}

#[test]
fn if_let_and_match_see_both_cases() {
    assert_eq!(describe(Some(80)), "listening on 80");
    assert_eq!(describe(None), "not listening");
    let kind = match ports().get("db") {
        Some(&p) if p < 1024 => "privileged",
        Some(_) => "unprivileged",
        None => "absent",
    };
    assert_eq!(kind, "unprivileged");
}
// ANCHOR_END: if_let

// ANCHOR: question_mark
/// The port of `service`, plus one; `None` if there is none. The `?`
/// returns `None` from the function at once: Go's
/// `p, ok := m[k]; if !ok { return 0, false }`.
fn next_port(ports: &HashMap<&str, u16>, service: &str) -> Option<u16> {
    let port = ports.get(service)?;
    port.checked_add(1)
}

#[test]
fn question_mark_returns_none_early() {
    assert_eq!(next_port(&ports(), "web"), Some(8081));
    assert_eq!(next_port(&ports(), "cache"), None);
}
// ANCHOR_END: question_mark

// ANCHOR: take
#[test]
fn take_moves_the_value_out_and_leaves_none() {
    // Go: v := p.conn; p.conn = nil
    let mut current: Option<String> = Some("conn-1".to_owned());
    let taken = current.take();
    assert_eq!(taken.as_deref(), Some("conn-1"));
    assert_eq!(current, None);
    // replace puts a new value in and hands back the old one
    let old = current.replace("conn-2".to_owned());
    assert_eq!((old, current.as_deref()), (None, Some("conn-2")));
}
// ANCHOR_END: take

#[test]
fn get_or_insert_with_is_append_on_a_nil_slice() {
    let mut s: Option<Vec<i32>> = None;
    s.get_or_insert_with(Vec::new).push(1);
    s.get_or_insert_with(Vec::new).push(2);
    assert_eq!(s, Some(vec![1, 2]));
}
