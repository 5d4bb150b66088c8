//! Reading an archive back: Go's `zip.NewReader`, `zip.OpenReader` and
//! `(*zip.File).Open`.

use std::io::{Read, Seek};

use zip::result::ZipResult;
use zip::{CompressionMethod, ZipArchive};

/// One file read out of an archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadFile {
    /// The name as the archive stores it: not checked, so not a path to
    /// write to (see [`crate::extract`]).
    pub name: String,
    /// How it was stored.
    pub method: CompressionMethod,
    /// Its size once decompressed, as the central directory says.
    pub size: u64,
    /// Its size in the archive.
    pub compressed_size: u64,
    /// The decompressed contents.
    pub contents: Vec<u8>,
}

// ANCHOR: read_all
/// Reads every file of the archive in `reader`, in the archive's order.
///
/// `ZipArchive::new` reads the central directory at the end, which is why
/// the reader must be `Seek` (Go's `zip.NewReader` takes an `io.ReaderAt`
/// and the size for the same reason). Each `by_index` borrows the archive
/// mutably: one entry is open at a time.
pub fn read_files<R: Read + Seek>(reader: R) -> ZipResult<Vec<ReadFile>> {
    let mut archive = ZipArchive::new(reader)?;
    let mut files = Vec::with_capacity(archive.len());
    for index in 0..archive.len() {
        let mut file = archive.by_index(index)?;
        let mut contents = Vec::new();
        // Reading checks the CRC-32 at the end, as Go's reader does.
        file.read_to_end(&mut contents)?;
        files.push(ReadFile {
            name: file.name()?.into_owned(),
            method: file.compression(),
            size: file.size(),
            compressed_size: file.compressed_size(),
            contents,
        });
    }
    Ok(files)
}
// ANCHOR_END: read_all

/// Go's name for a compression method: `zip.Store` and `zip.Deflate`.
pub fn go_method_name(method: CompressionMethod) -> &'static str {
    match method {
        CompressionMethod::Stored => "Store",
        CompressionMethod::Deflated => "Deflate",
        _ => "other",
    }
}
