//! Writing an archive: Go's `zip.NewWriter`, `Create` and `Close`.

use std::fs::File;
use std::io::{Cursor, Seek, Write};
use std::path::Path;

use zip::result::ZipResult;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

/// One file to put into an archive.
#[derive(Debug, Clone, Copy)]
pub struct NewFile<'a> {
    /// The entry's name: relative, with `/` between directories (as Go's
    /// `zip.FileHeader.Name`).
    pub name: &'a str,
    /// Its contents.
    pub contents: &'a [u8],
    /// [`CompressionMethod::Deflated`] (Go's `zip.Deflate`, what `Create`
    /// uses) or [`CompressionMethod::Stored`] (Go's `zip.Store`).
    pub method: CompressionMethod,
}

// ANCHOR: write_entries
/// Writes `files` as a zip archive into `out` and hands `out` back.
///
/// The writer must be `Seek` as well as `Write`: after a file's data the
/// `zip` crate goes back to fill in its sizes and CRC in the local header.
/// (Go's `zip.Writer` needs only an `io.Writer`: it writes a data descriptor
/// after the data instead.)
pub fn write_files<W: Write + Seek>(out: W, files: &[NewFile<'_>]) -> ZipResult<W> {
    let mut zip = ZipWriter::new(out);
    for file in files {
        let options = SimpleFileOptions::default().compression_method(file.method);
        zip.start_file(file.name, options)?;
        zip.write_all(file.contents)?;
    }
    // Go's `w.Close()`: writes the central directory. Without it the bytes
    // are not a zip archive (a `ZipWriter` dropped unfinished finishes
    // itself, and can only print an error to stderr).
    zip.finish()
}
// ANCHOR_END: write_entries

// ANCHOR: in_memory
/// An archive in memory: Go's `zip.NewWriter(&buf)` on a `bytes.Buffer`.
pub fn zip_to_vec(files: &[NewFile<'_>]) -> ZipResult<Vec<u8>> {
    let cursor = write_files(Cursor::new(Vec::new()), files)?;
    Ok(cursor.into_inner())
}
// ANCHOR_END: in_memory

/// An archive on disk at `path` (created or truncated): Go's `os.Create`
/// then `zip.NewWriter(f)`.
pub fn zip_to_file(path: &Path, files: &[NewFile<'_>]) -> ZipResult<()> {
    let file = write_files(File::create(path)?, files)?;
    // Go's `f.Close()`, with its error: a write can still fail here.
    file.sync_all()?;
    Ok(())
}
