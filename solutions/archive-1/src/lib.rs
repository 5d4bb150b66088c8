//! Unpacking a zip archive into memory, safely: every file by its cleaned
//! name, and a clear error for an entry that would land outside the
//! archive's root if it were extracted (zip slip), a symbolic link, or two
//! entries that would land on the same file.
//!
//! Go's `archive/zip` hands back each `f.Name` as stored, and
//! `filepath.Join(root, f.Name)` climbs out of `root` on `../`. Nothing
//! here touches the disk: the names are checked as an extractor would have
//! to check them before writing.
//!
//! Run the tests with `cargo test -p archive-1`; ask for a hint with
//! `cargo course hint archive-1`.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{Cursor, Read};
use std::path::Component;

use zip::ZipArchive;
use zip::result::ZipError;

/// Why [`unpack`] refused an archive.
#[derive(Debug)]
pub enum UnpackError {
    /// The bytes are not a readable zip archive (or an entry's data is
    /// corrupt).
    Zip(ZipError),
    /// The entry's name starts at a root or a drive: `/etc/passwd`, `\x`,
    /// `C:/x`.
    Absolute {
        /// The name as stored in the archive.
        name: String,
    },
    /// The entry's name climbs out of the archive's root with `..` (with
    /// `/` or `\` between its parts).
    Escapes {
        /// The name as stored in the archive.
        name: String,
    },
    /// The entry is a symbolic link.
    Symlink {
        /// The name as stored in the archive.
        name: String,
    },
    /// The entry's cleaned name is that of an earlier file.
    Duplicate {
        /// The later entry's name, as stored in the archive.
        name: String,
    },
}

impl fmt::Display for UnpackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UnpackError::Zip(e) => write!(f, "not a readable zip archive: {e}"),
            UnpackError::Absolute { name } => write!(f, "entry {name:?} is an absolute path"),
            UnpackError::Escapes { name } => {
                write!(f, "entry {name:?} escapes the archive's root")
            }
            UnpackError::Symlink { name } => write!(f, "entry {name:?} is a symbolic link"),
            UnpackError::Duplicate { name } => {
                write!(f, "entry {name:?} names a file that an earlier entry has")
            }
        }
    }
}

impl std::error::Error for UnpackError {}

impl From<ZipError> for UnpackError {
    fn from(e: ZipError) -> Self {
        UnpackError::Zip(e)
    }
}

/// Every file of the zip archive in `bytes`, by its cleaned name (`/`
/// between the parts, no `.` or `..` left: `a/./b/../c.txt` is `a/c.txt`),
/// with its contents. Directories are left out.
///
/// Refuses the whole archive, with the first unsafe entry in it, if an
/// entry is a symbolic link, has an absolute name, climbs out of the root,
/// or has the cleaned name of an earlier file.
pub fn unpack(bytes: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, UnpackError> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))?;
    let mut files = BTreeMap::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index)?;
        let name = file.name()?.into_owned();
        if file.is_symlink() {
            return Err(UnpackError::Symlink { name });
        }
        if is_absolute(&name) {
            return Err(UnpackError::Absolute { name });
        }
        // `enclosed_name` splits at `/` and `\`, resolves `.` and `..`, and
        // is `None` when a `..` climbs above the top. It drops a leading
        // root instead of refusing it: hence the check above.
        let Some(path) = file.enclosed_name() else {
            return Err(UnpackError::Escapes { name });
        };
        if file.is_dir() {
            continue;
        }
        let key = path
            .components()
            .filter_map(|part| match part {
                Component::Normal(part) => Some(part.to_string_lossy()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("/");
        if files.contains_key(&key) {
            return Err(UnpackError::Duplicate { name });
        }
        let mut contents = Vec::new();
        file.read_to_end(&mut contents).map_err(ZipError::from)?;
        files.insert(key, contents);
    }
    Ok(files)
}

/// Whether `name` starts at a root (`/`, `\`) or a drive (`C:`).
fn is_absolute(name: &str) -> bool {
    let bytes = name.as_bytes();
    matches!(bytes.first(), Some(b'/' | b'\\'))
        || matches!(bytes, [drive, b':', ..] if drive.is_ascii_alphabetic())
}
