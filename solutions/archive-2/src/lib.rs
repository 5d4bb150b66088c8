//! Packing files into a zip archive in memory, the way a build tool packs a
//! release: the entries in the order given, a directory entry for each
//! parent directory (once, just before its first file), small and
//! incompressible files stored as they are and the rest deflated, one fixed
//! modification time on every entry so that the same files always give the
//! same bytes, and a clear error for a name no extractor should be handed.
//!
//! Go's `zip.Writer.Create` documents that a name must be relative and use
//! only forward slashes, but it does not check: `w.Create("../x")` writes
//! the entry. Here the writer refuses such a name before writing anything
//! for it.
//!
//! Run the tests with `cargo test -p archive-2`; ask for a hint with
//! `cargo course hint archive-2`.

use std::collections::HashSet;
use std::fmt;
use std::io::Cursor;

use zip::result::ZipError;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, PreparedZipFile, ZipWriter};

/// Files shorter than this many bytes are stored without trying to deflate
/// them: the deflate stream's overhead would eat most of the gain.
pub const STORE_BELOW: usize = 64;

/// Why [`pack`] refused to write an archive. Each variant but `Zip` names
/// the entry, as it was given.
#[derive(Debug)]
pub enum PackError {
    /// The zip writer failed.
    Zip(ZipError),
    /// The name is empty, or has an empty part: `a//b`, or `a/` (a trailing
    /// `/` would make it a directory; `pack` writes those itself).
    EmptyName {
        /// The name as given.
        name: String,
    },
    /// The name starts at a root or a drive: `/etc/passwd`, `C:x`.
    Absolute {
        /// The name as given.
        name: String,
    },
    /// The name has a `\`: zip names separate their parts with `/` only,
    /// and an extractor on Windows would read `a\b` as two parts.
    Backslash {
        /// The name as given.
        name: String,
    },
    /// A part of the name is `.` or `..`: `../x`, `a/./b`.
    DotPart {
        /// The name as given.
        name: String,
    },
    /// The name is that of an earlier file.
    Duplicate {
        /// The name as given.
        name: String,
    },
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::Zip(e) => write!(f, "the zip archive could not be written: {e}"),
            PackError::EmptyName { name } => write!(f, "entry {name:?} has an empty name or part"),
            PackError::Absolute { name } => write!(f, "entry {name:?} is an absolute path"),
            PackError::Backslash { name } => {
                write!(f, "entry {name:?} has a backslash; use `/` between parts")
            }
            PackError::DotPart { name } => write!(f, "entry {name:?} has a `.` or `..` part"),
            PackError::Duplicate { name } => {
                write!(f, "entry {name:?} has the name of an earlier entry")
            }
        }
    }
}

impl std::error::Error for PackError {}

impl From<ZipError> for PackError {
    fn from(e: ZipError) -> Self {
        PackError::Zip(e)
    }
}

/// A zip archive of `files` (name, contents), in the order given.
///
/// Before each file come the directory entries (`docs/`, `docs/guide/`) of
/// its parent directories that no earlier file needed. A file shorter than
/// [`STORE_BELOW`] bytes is stored; a longer one is deflated, unless
/// deflating does not make it smaller, when it is stored too. Every entry,
/// directories included, has the modification time `modified`, so the same
/// files and time always give the same bytes.
///
/// Refuses the whole archive, with the first bad entry, if a name is not a
/// clean relative path (see [`PackError`]) or repeats an earlier file's.
pub fn pack(files: &[(&str, &[u8])], modified: DateTime) -> Result<Vec<u8>, PackError> {
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(modified);
    let deflated = stored.compression_method(CompressionMethod::Deflated);

    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let mut names = HashSet::new();
    let mut directories = HashSet::new();
    for &(name, contents) in files {
        check_name(name)?;
        if !names.insert(name) {
            return Err(PackError::Duplicate { name: name.into() });
        }
        // Every `/` in a checked name ends a parent directory: "a/b/c"
        // has "a/" and "a/b/".
        for (end, _) in name.match_indices('/') {
            let directory = &name[..=end];
            if directories.insert(directory) {
                zip.add_directory(directory, stored)?;
            }
        }
        let file = if contents.len() < STORE_BELOW {
            PreparedZipFile::from_data(name, stored, contents)?
        } else {
            let file = PreparedZipFile::from_data(name, deflated, contents)?;
            if file.compressed_size() < file.uncompressed_size() {
                file
            } else {
                PreparedZipFile::from_data(name, stored, contents)?
            }
        };
        zip.add_prepared_file(file)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Refuses a name that is not a clean relative path with `/` between its
/// parts, in this order: empty, absolute, a backslash, an empty part, a `.`
/// or `..` part.
fn check_name(name: &str) -> Result<(), PackError> {
    // An empty name is caught with the empty parts: "".split('/') is [""].
    let error = match name.as_bytes() {
        [b'/', ..] => PackError::Absolute { name: name.into() },
        [drive, b':', ..] if drive.is_ascii_alphabetic() => {
            PackError::Absolute { name: name.into() }
        }
        _ if name.contains('\\') => PackError::Backslash { name: name.into() },
        _ => match name
            .split('/')
            .find(|part| matches!(*part, "" | "." | ".."))
        {
            None => return Ok(()),
            Some("") => PackError::EmptyName { name: name.into() },
            Some(_) => PackError::DotPart { name: name.into() },
        },
    };
    Err(error)
}
