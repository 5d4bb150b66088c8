//! Writes a zip archive into memory, one file deflated and one stored, and
//! reads it back (the port of `go/archive_memory`).

use std::io::Cursor;

use archive::read::{go_method_name, read_files};
use archive::write::{NewFile, zip_to_vec};
use zip::CompressionMethod;

fn main() -> zip::result::ZipResult<()> {
    let poem = "床前明月光，疑是地上霜。\n".repeat(50);

    // ANCHOR: write
    let bytes = zip_to_vec(&[
        NewFile {
            name: "poem.txt",
            contents: poem.as_bytes(),
            method: CompressionMethod::Deflated,
        },
        NewFile {
            name: "dir/raw.bin",
            contents: &[0, 1, 2],
            method: CompressionMethod::Stored,
        },
    ])?;
    // ANCHOR_END: write

    // ANCHOR: read
    for file in read_files(Cursor::new(&bytes))? {
        println!(
            "{}: {}, {} bytes, smaller: {}",
            file.name,
            go_method_name(file.method),
            file.contents.len(),
            file.compressed_size < file.size
        );
    }
    // ANCHOR_END: read
    println!("starts with \"{}\"", bytes[..4].escape_ascii());
    Ok(())
}
