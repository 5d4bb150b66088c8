//! Reversing by bytes and by chars, as the Go program does; see
//! `strings_graphemes` for the reversal that keeps each grapheme whole.
//! The port of `go/strings_reverse/main.go`.

use std::io::Write;

use strings::{print, reverse};

fn main() {
    // ANCHOR: main
    let mut stdout = std::io::stdout().lock();
    let backwards = reverse::bytes("Go语言"); // a Vec<u8>: not UTF-8
    stdout.write_all(b"bytes: ").unwrap();
    stdout.write_all(&backwards).unwrap();
    stdout.write_all(b"\n").unwrap();
    writeln!(stdout, "bytes: {}", print::hex(&backwards)).unwrap();
    writeln!(stdout, "runes: {}", reverse::chars("Go语言")).unwrap();
    // é written as e and U+0301 COMBINING ACUTE ACCENT
    let accent = reverse::chars("cafe\u{301}");
    writeln!(stdout, "runes: {}", print::quote_ascii(&accent)).unwrap();
    // 👍🏽: THUMBS UP SIGN and a skin-tone modifier
    let thumbs = reverse::chars("👍🏽");
    writeln!(stdout, "runes: {}", print::quote_ascii(&thumbs)).unwrap();
    // ANCHOR_END: main
}
