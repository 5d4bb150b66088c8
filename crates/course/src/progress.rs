//! The learner's progress, derived from test results.
//!
//! An exercise's state comes from its graded tests on the learner's code.
//! Running them costs a build, so results are cached by fingerprint: the
//! record keeps, per exercise name, the fingerprint of the sources a result
//! was found with, and the result (solved, failing with how many tests pass,
//! or not compiling). A change of the sources (or a `git pull` that changes
//! an exercise's tests) makes the entry stale, and exercises added or
//! reordered keep their entries because they are keyed by name.
//!
//! The pristine stubs are known without a build: `stubs.lock` holds each
//! stub's source hash, and `cargo course verify` proves both that the lock is
//! current and that every pristine stub fails its tests. Every file of every
//! pristine stub is kept too, in `stubs.pristine.toml`, which is what
//! `cargo course reset` restores: a learner's copy of the course may have no
//! git history to restore it from.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::manifest::{Exercise, Manifest};

/// Where the record lives (inside the target dir: never committed).
fn record_path(root: &Path) -> PathBuf {
    root.join("target/course/progress.json")
}

/// The file of pristine stub hashes, at the course root.
pub const STUBS_LOCK: &str = "stubs.lock";

/// The file that holds every file of every pristine stub, at the course root.
pub const STUBS_ARCHIVE: &str = "stubs.pristine.toml";

/// How the last full run of an exercise's graded tests ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Outcome {
    /// Every graded test passed (the loom models too, for a loom exercise).
    Solved,
    /// It built, and `passed` of its `total` graded tests passed.
    Failing { passed: usize, total: usize },
    /// The learner's code did not compile.
    DoesNotCompile,
}

/// What is known of an exercise without building it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// Its sources are the untouched stub (from `stubs.lock`).
    Pristine,
    /// Checked with these very sources.
    Checked(Outcome),
    /// Changed since its last check: it must be built and run to know.
    Unknown,
}

impl Known {
    pub fn solved(self) -> bool {
        self == Known::Checked(Outcome::Solved)
    }
}

/// The last result per exercise, with the fingerprint it was found with.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Record {
    results: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    outcome: Outcome,
}

impl Record {
    /// The record on disk; an unreadable one (or one written by an older
    /// version of the tool) is treated as empty: it is only a cache.
    pub fn load(root: &Path) -> Record {
        fs::read_to_string(record_path(root))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, root: &Path) -> std::io::Result<()> {
        let path = record_path(root);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        fs::write(path, text)
    }

    /// What is known of `exercise` without building anything.
    pub fn known(&self, root: &Path, exercise: &Exercise, pristine: &Pristine) -> Known {
        if pristine.is_pristine(root, exercise) {
            return Known::Pristine;
        }
        let print = fingerprint(root, exercise);
        match self.results.get(&exercise.name) {
            Some(entry) if entry.fingerprint == print => Known::Checked(entry.outcome),
            _ => Known::Unknown,
        }
    }

    /// Records the result of a full run of `exercise`'s graded tests.
    pub fn set(&mut self, root: &Path, exercise: &Exercise, outcome: Outcome) {
        self.results.insert(
            exercise.name.clone(),
            Entry {
                fingerprint: fingerprint(root, exercise),
                outcome,
            },
        );
    }
}

/// FNV-1a, 64 bits: a hash that stays the same across Rust versions and
/// machines (std's `DefaultHasher` promises neither), for fingerprints that
/// are cached and committed.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Fnv {
    pub fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    pub fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }

    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

impl Default for Fnv {
    fn default() -> Self {
        Self::new()
    }
}

/// The files under `dir`, relative to it, sorted.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        let Ok(entries) = fs::read_dir(dir.join(&relative)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let rel = relative.join(entry.file_name());
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(rel);
            } else {
                found.push(rel);
            }
        }
    }
    found.sort();
    found
}

/// The hash of the learner-editable sources of an exercise: `src/**`.
pub fn source_hash(src: &Path) -> String {
    let mut hash = Fnv::new();
    for file in files_under(src) {
        hash.write(file.to_string_lossy().as_bytes());
        hash.write(&fs::read(src.join(&file)).unwrap_or_default());
    }
    hash.hex()
}

/// Everything a test result depends on: the sources, the exercise's
/// Cargo.toml and the graded tests.
pub fn fingerprint(root: &Path, exercise: &Exercise) -> String {
    let mut hash = Fnv::new();
    hash.write(source_hash(&exercise.stub_dir(root).join("src")).as_bytes());
    for file in [
        exercise.stub_dir(root).join("Cargo.toml"),
        exercise.tests_file(root),
    ] {
        hash.write(&fs::read(file).unwrap_or_default());
    }
    hash.hex()
}

/// The pristine stubs: `stubs.lock`, the source hash of each (what progress
/// reads), and `stubs.pristine.toml`, every file of each (what reset
/// restores). Both are written by `cargo course lock-stubs`, and verify checks
/// that both are current (two `Pristine`s are equal only when both agree).
#[derive(Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pristine {
    #[serde(default)]
    stubs: BTreeMap<String, String>,
    /// Every file of each stub, by exercise, relative to `exercises/<name>/`.
    #[serde(skip)]
    files: BTreeMap<String, Vec<StubFile>>,
}

/// One file of a pristine stub.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StubFile {
    /// Relative to the stub's directory, like `src/lib.rs`.
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// `stubs.pristine.toml` as it is read.
#[derive(Deserialize)]
struct Archive {
    #[serde(default, rename = "file")]
    files: Vec<ArchivedFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArchivedFile {
    exercise: String,
    path: String,
    /// The file's text, when it is UTF-8 (every stub file should be).
    text: Option<String>,
    /// Its bytes, when it is not.
    bytes: Option<Vec<u8>>,
}

impl Pristine {
    /// The lock and the archive at `root`; a missing or broken file knows no
    /// stub.
    pub fn load(root: &Path) -> Pristine {
        let mut pristine = Pristine::hashes(root);
        let archive: Option<Archive> = fs::read_to_string(root.join(STUBS_ARCHIVE))
            .ok()
            .and_then(|text| toml::from_str(&text).ok());
        for file in archive.map(|a| a.files).unwrap_or_default() {
            let bytes = match (file.text, file.bytes) {
                (Some(text), _) => text.into_bytes(),
                (None, Some(bytes)) => bytes,
                (None, None) => Vec::new(),
            };
            pristine
                .files
                .entry(file.exercise)
                .or_default()
                .push(StubFile {
                    path: PathBuf::from(file.path),
                    bytes,
                });
        }
        for files in pristine.files.values_mut() {
            files.sort_by(|a, b| a.path.cmp(&b.path));
        }
        pristine
    }

    /// Only the hashes of `stubs.lock`: all that progress needs, without
    /// reading the archive.
    pub fn hashes(root: &Path) -> Pristine {
        fs::read_to_string(root.join(STUBS_LOCK))
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// The lock and the archive as they should be for the stubs on disk now.
    pub fn current(root: &Path, manifest: &Manifest) -> Pristine {
        let mut pristine = Pristine::default();
        for exercise in &manifest.exercises {
            let dir = exercise.stub_dir(root);
            pristine
                .stubs
                .insert(exercise.name.clone(), source_hash(&dir.join("src")));
            let files = files_under(&dir)
                .into_iter()
                .filter(|path| !path.starts_with("target"))
                .map(|path| StubFile {
                    bytes: fs::read(dir.join(&path)).unwrap_or_default(),
                    path,
                })
                .collect();
            pristine.files.insert(exercise.name.clone(), files);
        }
        pristine
    }

    /// Writes `stubs.lock` and `stubs.pristine.toml`.
    pub fn save(&self, root: &Path) -> std::io::Result<()> {
        let body = toml::to_string(self).map_err(std::io::Error::other)?;
        fs::write(
            root.join(STUBS_LOCK),
            format!(
                "# The source hash of every pristine stub, so that `cargo course` knows an untouched\n\
                 # exercise is unsolved without building it. `cargo course verify` checks it;\n\
                 # `cargo course lock-stubs` writes it after a stub changes.\n{body}"
            ),
        )?;
        fs::write(root.join(STUBS_ARCHIVE), self.archive_text())
    }

    /// The text of `stubs.pristine.toml`: each file as a TOML literal string
    /// where it can be one, so that a stub's change reads as a diff.
    fn archive_text(&self) -> String {
        let mut text = String::from(
            "# Every file of every pristine stub, as `cargo course lock-stubs` found it in\n\
             # exercises/. `cargo course reset <name>` restores an exercise from here (a\n\
             # learner's copy of the course may have no git history); `cargo course verify`\n\
             # checks that it is current. Written by `cargo course lock-stubs`: do not edit.\n",
        );
        for (exercise, files) in &self.files {
            for file in files {
                text.push_str(&format!(
                    "\n[[file]]\nexercise = {}\npath = {}\n",
                    toml_string(exercise),
                    toml_string(&file.path.to_string_lossy())
                ));
                match std::str::from_utf8(&file.bytes) {
                    Ok(content) if literal_ok(content) => {
                        text.push_str(&format!("text = '''\n{content}'''\n"));
                    }
                    Ok(content) => {
                        text.push_str(&format!("text = {}\n", toml_string(content)));
                    }
                    Err(_) => text.push_str(&format!("bytes = {:?}\n", file.bytes)),
                }
            }
        }
        text
    }

    /// The hash of `name`'s pristine stub.
    pub fn hash(&self, name: &str) -> Option<&str> {
        self.stubs.get(name).map(String::as_str)
    }

    /// Every file of `name`'s pristine stub, or `None` when the archive does
    /// not hold it.
    pub fn files(&self, name: &str) -> Option<&[StubFile]> {
        self.files
            .get(name)
            .filter(|files| !files.is_empty())
            .map(Vec::as_slice)
    }

    /// Whether `exercise`'s sources are exactly its pristine stub.
    pub fn is_pristine(&self, root: &Path, exercise: &Exercise) -> bool {
        let src = exercise.stub_dir(root).join("src");
        src.is_dir()
            && self
                .hash(&exercise.name)
                .is_some_and(|hash| hash == source_hash(&src))
    }
}

/// A TOML basic string (quoted, escaped).
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// Whether `text` can be written as a multi-line literal string (`'''`)
/// and read back unchanged: no three quotes in a row, no quote at the end, no
/// control character but newline and tab (a carriage return would be read
/// back as a plain newline by some readers).
fn literal_ok(text: &str) -> bool {
    !text.contains("'''")
        && !text.ends_with('\'')
        && text
            .chars()
            .all(|c| c == '\n' || c == '\t' || !c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_is_stable_and_separates_fields() {
        let mut a = Fnv::new();
        a.write(b"ab");
        a.write(b"c");
        let mut b = Fnv::new();
        b.write(b"a");
        b.write(b"bc");
        assert_ne!(a.hex(), b.hex());
        let mut empty = Fnv::new();
        empty.write(b"");
        // Fixed forever: cached and committed hashes depend on it.
        assert_eq!(empty.hex(), "af64724c8602eb6e");
    }

    #[test]
    fn the_archive_reads_back_every_file_exactly() {
        let tricky = [
            ("plain", "fn main() {}\n".as_bytes().to_vec()),
            ("quotes", b"let s = \"'''\"; // '''\n".to_vec()),
            ("ends-in-a-quote", b"'a'".to_vec()),
            ("leading-newline", b"\n\nx\n".to_vec()),
            ("crlf", b"a\r\nb\r\n".to_vec()),
            ("control", b"bell \x07 and nul \x00".to_vec()),
            ("not-utf8", vec![0xff, 0xfe, b'a']),
            ("empty", Vec::new()),
        ];
        let mut pristine = Pristine::default();
        pristine.files.insert(
            "x-1".to_owned(),
            tricky
                .iter()
                .map(|(name, bytes)| StubFile {
                    path: PathBuf::from(format!("src/{name}.rs")),
                    bytes: bytes.clone(),
                })
                .collect(),
        );
        pristine.stubs.insert("x-1".to_owned(), "0".to_owned());
        let dir = std::env::temp_dir().join(format!("course-archive-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        pristine.save(&dir).unwrap();
        let mut back = Pristine::load(&dir);
        let _ = fs::remove_dir_all(&dir);
        for files in pristine.files.values_mut() {
            files.sort_by(|a, b| a.path.cmp(&b.path));
        }
        assert_eq!(back.files, pristine.files);
        assert_eq!(back.hash("x-1"), Some("0"));
        back.files.clear();
        assert_ne!(
            back, pristine,
            "the archive is part of what verify compares"
        );
    }
}
