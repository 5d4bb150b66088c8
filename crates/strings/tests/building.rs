//! Building strings, and the everyday functions of Go's `strings` package.

use std::fmt::Write;

// ANCHOR: push
#[test]
fn a_string_appends_in_place() {
    let mut s = String::with_capacity(16); // var b strings.Builder; b.Grow(16)
    s.push_str("Go"); // b.WriteString("Go")
    s.push('语'); // b.WriteRune('语')
    s += "言"; // appends too: no new string, unlike Go's s += "言"
    write!(s, " {}", 1.19).unwrap(); // fmt.Fprintf(&b, " %v", 1.19)
    assert_eq!(s, "Go语言 1.19");
    assert_eq!(s.len(), 13, "b.Len() is bytes too");
    assert!(s.capacity() >= 16);
}
// ANCHOR_END: push

// ANCHOR: concat
#[test]
fn the_ways_to_join_two_strs() {
    let (a, b) = ("你好, ", "Go");
    assert_eq!(a.to_owned() + b, "你好, Go"); // String + &str
    assert_eq!(format!("{a}{b}"), "你好, Go");
    assert_eq!([a, b].concat(), "你好, Go");
    assert_eq!(["Go", "语言"].join("/"), "Go/语言"); // strings.Join
}
// ANCHOR_END: concat

// ANCHOR: funcs
#[test]
fn go_s_strings_functions_as_str_methods() {
    let line = "  Go语言 字符串  遍历 ";
    // strings.Fields: split on Unicode white space, no empty pieces
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(fields, ["Go语言", "字符串", "遍历"]);
    // strings.Split keeps the empty pieces, as split does
    let parts: Vec<&str> = "a,b,,c".split(',').collect();
    assert_eq!(parts, ["a", "b", "", "c"]);
    let nothing: Vec<&str> = "".split(',').collect();
    assert_eq!(nothing, [""], "Go's Split(\"\", \",\") is [\"\"] too");
    assert!(line.contains("语言")); // strings.Contains
    assert!(line.trim().starts_with("Go")); // TrimSpace, HasPrefix
    // strings.TrimPrefix returns s when the prefix is missing;
    // strip_prefix says so with None
    assert_eq!("Go语言".strip_prefix("Go"), Some("语言"));
    assert_eq!("Go语言".strip_prefix("Rust"), None);
    assert_eq!("a-b-c".replace('-', "+"), "a+b+c"); // strings.ReplaceAll
    assert_eq!("key=value".split_once('='), Some(("key", "value"))); // strings.Cut
}
// ANCHOR_END: funcs

// ANCHOR: upper
#[test]
fn to_uppercase_uses_unicode_s_full_case_mapping() {
    assert_eq!("go语言".to_uppercase(), "GO语言");
    // ß has no one-char upper case; Unicode's full mapping makes it SS
    // (Go's strings.ToUpper maps rune by rune and leaves ß as it is)
    assert_eq!("straße".to_uppercase(), "STRASSE");
    // to_ascii_uppercase touches only a-z
    assert_eq!("straße".to_ascii_uppercase(), "STRAßE");
}
// ANCHOR_END: upper
