// compile_fail: E0499
// Go's r.File is a slice of *zip.File, and each can be opened while another
// is: in Rust, `by_index` borrows the archive mutably (the reader has one
// position), so the first entry must be dropped before the second is opened.
use std::io::{Cursor, Read};

fn main() {
    let bytes: Vec<u8> = Vec::new();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    // ANCHOR: two_open
    let mut first = archive.by_index(0).unwrap();
    let mut second = archive.by_index(1).unwrap();
    let mut both = Vec::new();
    first.read_to_end(&mut both).unwrap();
    second.read_to_end(&mut both).unwrap();
    // ANCHOR_END: two_open
}
