//! What Rust does with bytes that are not UTF-8: `String::from_utf8` says
//! where the valid text ends and how long the bad sequence is, and
//! `from_utf8_lossy` replaces each bad sequence with one U+FFFD. The same
//! bytes as `go/strings_invalid`; no Go original.

use strings::print;

fn main() {
    // ANCHOR: from_utf8
    // 语, the first two bytes of 言, '!' and two bytes that start nothing
    let data = b"\xe8\xaf\xad\xe8\xa8!\xff\xfe".to_vec();
    match String::from_utf8(data) {
        Ok(text) => println!("valid: {text}"),
        Err(err) => {
            let e = err.utf8_error();
            println!("error: {e}");
            let (up_to, len) = (e.valid_up_to(), e.error_len());
            println!("valid_up_to: {up_to} error_len: {len:?}");
            // the error gives the bytes back: nothing was lost
            let data = err.into_bytes();
            println!("lossy: {}", String::from_utf8_lossy(&data));
        }
    }
    // ANCHOR_END: from_utf8

    // ANCHOR: chunks
    let data = b"\xe8\xaf\xad\xe8\xa8!\xff\xfe";
    for chunk in data.utf8_chunks() {
        let (valid, invalid) = (chunk.valid(), print::hex(chunk.invalid()));
        println!("valid {valid:?} then invalid [{invalid}]");
    }
    // ANCHOR_END: chunks

    // ANCHOR: incomplete
    // a read that stopped inside 言: the sequence is not wrong, only short
    let cut = &"语言".as_bytes()[..5];
    let e = std::str::from_utf8(cut).unwrap_err();
    println!("error: {e}");
    let (up_to, len) = (e.valid_up_to(), e.error_len());
    println!("valid_up_to: {up_to} error_len: {len:?}");
    // ANCHOR_END: incomplete
}
