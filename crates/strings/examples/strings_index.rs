//! A `str` cannot be indexed by a number: its bytes are `s.as_bytes()`,
//! and a `str` cut off a char boundary is refused. The port of
//! `go/strings_index/main.go`, which has to print the bytes Go prints.

use std::io::Write;

use strings::print;

fn main() {
    // ANCHOR: index
    let s = "Go语言字符串遍历";
    let bytes = s.as_bytes(); // s[i] does not compile: index the bytes
    println!("s[0]: {} s[2]: {}", bytes[0], bytes[2]);
    // a u8 converts to the char with that number, as Go's string(byte)
    println!("string(s[2]): {}", char::from(bytes[2]));
    // ANCHOR_END: index

    // ANCHOR: cut
    // &s[..4] would panic: a str cannot hold half of 语. Its bytes can.
    let head = &bytes[..4];
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(b"s[:4]: ").unwrap();
    stdout.write_all(head).unwrap(); // what Go prints: not UTF-8
    stdout.write_all(b"\n").unwrap();
    writeln!(stdout, "s[:4] bytes: {}", print::hex(head)).unwrap();
    writeln!(stdout, "valid: {}", std::str::from_utf8(head).is_ok()).unwrap();
    // ANCHOR_END: cut

    // ANCHOR: fixed
    // four chars, copied into a new String
    let first_four: String = s.chars().take(4).collect();
    writeln!(stdout, "[]rune(s)[:4]: {first_four}").unwrap();
    // or the byte offset where the fifth char starts: no copy
    let end = s.char_indices().nth(4).map_or(s.len(), |(i, _)| i);
    writeln!(stdout, "s[:end]: {} end: {end}", &s[..end]).unwrap();
    // ANCHOR_END: fixed
}
