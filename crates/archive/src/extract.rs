//! Extracting an archive into a directory without "zip slip": an entry named
//! `../evil` or `/etc/cron.d/x` must not be written where its name points.
//!
//! Go's `archive/zip` (1.19) hands back every name as stored, and the usual
//! extractor does `filepath.Join(root, f.Name)`, which climbs out of `root`
//! on `..`. Rust's [`Path::join`] is worse: joined with an absolute name it
//! *replaces* the root (`Path::new("out").join("/etc/x")` is `/etc/x`). The
//! `zip` crate's [`zip::read::ZipFile::enclosed_name`] gives a name that is
//! safe to join, or `None`.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Read, Seek};
use std::path::{Path, PathBuf};

use zip::ZipArchive;
use zip::result::ZipError;

/// Why an entry was not extracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The name starts at a root (`/x`, `\x`) or a drive (`C:x`).
    Absolute,
    /// The name climbs out of the target directory with `..`.
    Escapes,
    /// The entry is a symbolic link, which could point anywhere.
    Symlink,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Refusal::Absolute => "an absolute path",
            Refusal::Escapes => "escapes the target directory",
            Refusal::Symlink => "a symbolic link",
        })
    }
}

/// What went wrong in [`extract_into`].
#[derive(Debug)]
pub enum ExtractError {
    /// The bytes are not a readable zip archive.
    Zip(ZipError),
    /// Creating a directory or writing a file failed.
    Io(io::Error),
    /// An entry's name or kind is unsafe; nothing after it was extracted.
    Refused {
        /// The entry's name, as stored.
        name: String,
        /// Why.
        why: Refusal,
    },
}

impl fmt::Display for ExtractError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExtractError::Zip(e) => write!(f, "not a readable zip archive: {e}"),
            ExtractError::Io(e) => write!(f, "extracting failed: {e}"),
            ExtractError::Refused { name, why } => write!(f, "entry {name:?} refused: {why}"),
        }
    }
}

impl std::error::Error for ExtractError {}

impl From<ZipError> for ExtractError {
    fn from(e: ZipError) -> Self {
        ExtractError::Zip(e)
    }
}

impl From<io::Error> for ExtractError {
    fn from(e: io::Error) -> Self {
        ExtractError::Io(e)
    }
}

// ANCHOR: is_absolute
/// Whether `name` starts at a root or a drive, on any system: `/x`, `\x`,
/// `C:x`, `C:/x`. [`zip::read::ZipFile::enclosed_name`] drops such a
/// start (it turns `/etc/passwd` into `etc/passwd`); an extractor that
/// wants to refuse it must look at the name itself.
pub fn is_absolute(name: &str) -> bool {
    let bytes = name.as_bytes();
    matches!(bytes.first(), Some(b'/' | b'\\'))
        || matches!(bytes, [drive, b':', ..] if drive.is_ascii_alphabetic())
}
// ANCHOR_END: is_absolute

// ANCHOR: extract_into
/// Extracts every file of the archive in `reader` under `root`, and returns
/// the paths written, in the archive's order. Refuses (and stops at) the
/// first entry that is a symlink, has an absolute name or climbs out of
/// `root`; what was extracted before it stays.
pub fn extract_into<R: Read + Seek>(reader: R, root: &Path) -> Result<Vec<PathBuf>, ExtractError> {
    let mut archive = ZipArchive::new(reader)?;
    let mut written = Vec::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index)?;
        let name = file.name()?.into_owned();
        let refuse = |why| ExtractError::Refused {
            name: name.clone(),
            why,
        };
        if file.is_symlink() {
            return Err(refuse(Refusal::Symlink));
        }
        if is_absolute(&name) {
            return Err(refuse(Refusal::Absolute));
        }
        // `None` for a name with `..` climbing above the top, or a NUL.
        let relative = file
            .enclosed_name()
            .ok_or_else(|| refuse(Refusal::Escapes))?;
        let path = root.join(relative);
        if file.is_dir() {
            fs::create_dir_all(&path)?;
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        io::copy(&mut file, &mut File::create(&path)?)?;
        written.push(path);
    }
    Ok(written)
}
// ANCHOR_END: extract_into
