//! Writes a zip archive to a file and opens it again (the port of
//! `go/archive_disk`).

use std::fs::File;

use archive::read::read_files;
use archive::write::{NewFile, zip_to_file};
use zip::CompressionMethod;

fn main() -> zip::result::ZipResult<()> {
    let dir = std::env::temp_dir().join(format!("archive-disk-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("notes.zip");

    // ANCHOR: write
    let contents: Vec<(&str, String)> = ["a.txt", "sub/b.txt"]
        .into_iter()
        .map(|name| (name, format!("this is {name}\n")))
        .collect();
    let files: Vec<NewFile<'_>> = contents
        .iter()
        .map(|(name, text)| NewFile {
            name,
            contents: text.as_bytes(),
            method: CompressionMethod::Deflated,
        })
        .collect();
    zip_to_file(&path, &files)?;
    // ANCHOR_END: write

    // ANCHOR: read
    for file in read_files(File::open(&path)?)? {
        let text = String::from_utf8_lossy(&file.contents);
        println!("{}: {text:?}", file.name);
    }
    // ANCHOR_END: read
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}
