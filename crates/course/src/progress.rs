//! The learner's progress, derived from test results.
//!
//! An exercise is solved when its graded tests pass on the learner's code.
//! Running them costs a build, so results are cached by fingerprint: the
//! record keeps, per exercise name, the fingerprint of the sources a result
//! was found with. A change of the sources (or a `git pull` that changes an
//! exercise's tests) makes the entry stale, and exercises added or reordered
//! keep their entries because they are keyed by name.
//!
//! The pristine stubs are known without a build: `stubs.lock` holds each
//! stub's source hash, and `cargo course verify` proves both that the lock is
//! current and that every pristine stub fails its tests.

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

/// What is known of an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    Solved,
    Unsolved,
    /// Changed since its last check: it must be built and run to know.
    Unknown,
}

/// The last result per exercise, with the fingerprint it was found with.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Record {
    results: BTreeMap<String, Entry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    solved: bool,
}

impl Record {
    /// The record on disk; an unreadable one is treated as empty (it is only
    /// a cache).
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
        let print = fingerprint(root, exercise);
        match self.results.get(&exercise.name) {
            Some(entry) if entry.fingerprint == print => {
                if entry.solved {
                    Known::Solved
                } else {
                    Known::Unsolved
                }
            }
            _ if pristine.is_pristine(root, exercise) => Known::Unsolved,
            _ => Known::Unknown,
        }
    }

    /// Records the result of a full run of `exercise`'s graded tests.
    pub fn set(&mut self, root: &Path, exercise: &Exercise, solved: bool) {
        self.results.insert(
            exercise.name.clone(),
            Entry {
                fingerprint: fingerprint(root, exercise),
                solved,
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

/// `stubs.lock`: the source hash of every pristine stub.
#[derive(Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pristine {
    #[serde(default)]
    stubs: BTreeMap<String, String>,
}

impl Pristine {
    /// The lock at `root`; none (or a broken one) knows no stub.
    pub fn load(root: &Path) -> Pristine {
        fs::read_to_string(root.join(STUBS_LOCK))
            .ok()
            .and_then(|text| toml::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// The lock as it should be for the stubs on disk now.
    pub fn current(root: &Path, manifest: &Manifest) -> Pristine {
        Pristine {
            stubs: manifest
                .exercises
                .iter()
                .map(|e| (e.name.clone(), source_hash(&e.stub_dir(root).join("src"))))
                .collect(),
        }
    }

    pub fn save(&self, root: &Path) -> std::io::Result<()> {
        let body = toml::to_string(self).map_err(std::io::Error::other)?;
        fs::write(
            root.join(STUBS_LOCK),
            format!(
                "# The source hash of every pristine stub, so that `cargo course` knows an untouched\n\
                 # exercise is unsolved without building it. `cargo course verify` checks it;\n\
                 # `cargo course lock-stubs` writes it after a stub changes.\n{body}"
            ),
        )
    }

    /// The hash of `name`'s pristine stub.
    pub fn hash(&self, name: &str) -> Option<&str> {
        self.stubs.get(name).map(String::as_str)
    }

    /// Whether `exercise`'s sources are exactly its pristine stub.
    pub fn is_pristine(&self, root: &Path, exercise: &Exercise) -> bool {
        self.hash(&exercise.name)
            .is_some_and(|hash| hash == source_hash(&exercise.stub_dir(root).join("src")))
    }
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
}
