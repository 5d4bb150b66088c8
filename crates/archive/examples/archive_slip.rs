//! Zip slip (the port of `go/archive_slip`): an extractor that joins each
//! entry's name onto its target directory writes `../evil.txt` outside it;
//! `extract_into` refuses the entry. Everything happens in a temporary
//! directory, so the write that escapes is harmless.

use std::fs;
use std::io::{self, Cursor, Read, Seek};
use std::path::Path;

use archive::extract::extract_into;
use archive::write::{NewFile, zip_to_vec};
use zip::{CompressionMethod, ZipArchive};

// ANCHOR: naive
/// The extractor of many blog posts, in Rust: it trusts `file.name()`.
/// (`Path::join` does what Go's `filepath.Join` does with `..`, and worse
/// with an absolute name: it replaces `root`.)
fn extract_naively<R: Read + Seek>(reader: R, root: &Path) -> zip::result::ZipResult<()> {
    let mut archive = ZipArchive::new(reader)?;
    for index in 0..archive.len() {
        let mut file = archive.by_index(index)?;
        let dest = root.join(&*file.name()?); // "../evil.txt" climbs out
        fs::create_dir_all(dest.parent().unwrap_or(root))?;
        io::copy(&mut file, &mut fs::File::create(dest)?)?;
    }
    Ok(())
}
// ANCHOR_END: naive

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // ANCHOR: archive
    let files = ["notes.txt", "../evil.txt"].map(|name| NewFile {
        name,
        contents: b"x",
        method: CompressionMethod::Deflated,
    });
    let bytes = zip_to_vec(&files)?; // the zip crate's writer takes any name too
    // ANCHOR_END: archive

    for checked in [false, true] {
        let dir =
            std::env::temp_dir().join(format!("archive-slip-{}-{checked}", std::process::id()));
        let root = dir.join("target");
        fs::create_dir_all(&root)?;
        let (name, result) = if checked {
            let result = extract_into(Cursor::new(&bytes), &root).map(drop);
            ("checked", result.map_err(|e| e.to_string()))
        } else {
            let result = extract_naively(Cursor::new(&bytes), &root);
            ("naive", result.map_err(|e| e.to_string()))
        };
        match result {
            Ok(()) => println!("{name}: extracted"),
            Err(error) => println!("{name}: {error}"),
        }
        let escaped = dir.join("evil.txt").exists();
        println!("evil.txt written outside target: {escaped}");
        fs::remove_dir_all(&dir)?;
    }
    Ok(())
}
