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
    // TODO: Go would loop over the files with `w.Create(name)` (which
    // checks nothing) and `io.Copy` into it. Here, first refuse each bad
    // name as a `PackError` naming it: empty, absolute, a backslash, an
    // empty, `.` or `..` part, or a name seen before. Before each file,
    // `add_directory` each parent directory ("a/", "a/b/") not written yet.
    // Store a file shorter than `STORE_BELOW`, or one that deflate does not
    // shrink (`PreparedZipFile` tells the compressed size), and deflate the
    // rest; give every entry `last_modified_time(modified)`.
    todo!()
}
