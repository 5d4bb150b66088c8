//! Bytes that are not UTF-8 cannot become a `String` without a check; what
//! Go's `range` and `strings.ToValidUTF8` make of them is written out in
//! `strings::go`. The port of `go/strings_invalid/main.go`.

use strings::{go, print};

fn main() {
    // ANCHOR: invalid
    // 语, the first two bytes of 言, '!' and two bytes that start nothing
    let mut data = "语言".as_bytes()[..5].to_vec();
    data.extend([b'!', 0xff, 0xfe]);
    // Rust's `string(data)` checks, and says no
    let valid = std::str::from_utf8(&data).is_ok();
    println!("len: {} valid: {valid}", data.len());
    // ANCHOR_END: invalid

    // ANCHOR: range
    let runes: Vec<String> = go::range(&data)
        .into_iter()
        .map(|(i, r)| format!("{i}:{}", print::unicode(r)))
        .collect();
    println!("range: {}", runes.join(" "));
    let count = go::rune_count(&data);
    println!("runes: {count} {count}");
    // ANCHOR_END: range

    // ANCHOR: repair
    println!("ToValidUTF8: {}", go::to_valid_utf8(&data, "\u{FFFD}"));
    // ANCHOR_END: repair
}
