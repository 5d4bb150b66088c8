//! Class mode: many submissions, each named by an id unique in the class,
//! split into shards that a CI matrix grades in parallel, and the shards'
//! results merged into one class.
//!
//! A shard's `--out` directory holds a folder of reports per submission
//! (named by its id), `grades.json` (every grade of the shard, what `merge`
//! reads) and `class.csv`. `merge` copies the folders into one directory
//! and writes the whole class's `grades.json` and `class.csv`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use super::Grade;
use super::report;

/// The file of a class (or shard) directory that holds every grade.
pub const GRADES: &str = "grades.json";
/// The class CSV, one row per student and exercise.
pub const CSV: &str = "class.csv";

/// One submission of a class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    /// Its folder, canonical.
    pub dir: PathBuf,
    /// Its name in reports: the folder's name, or, when two folders of the
    /// class share a name, the name and a hash of the whole path.
    pub id: String,
}

impl Submission {
    /// The submissions of a class, in the order of their paths (the same in
    /// every shard, whatever order the shell gave them in), each with its id.
    pub fn list(mut dirs: Vec<PathBuf>) -> Vec<Submission> {
        dirs.sort();
        dirs.dedup();
        let name = |dir: &Path| {
            dir.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| "submission".to_owned())
        };
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for dir in &dirs {
            *seen.entry(name(dir)).or_default() += 1;
        }
        dirs.into_iter()
            .map(|dir| {
                let base = name(&dir);
                let id = if seen[&base] > 1 {
                    format!("{base}-{:08x}", fnv32(dir.to_string_lossy().as_bytes()))
                } else {
                    base
                };
                Submission { dir, id }
            })
            .collect()
    }
}

/// FNV-1a, 32 bits: short, stable across runs and machines.
fn fnv32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, byte| {
        (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193)
    })
}

/// `--shard K/N`: the K-th of N shards (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

impl Shard {
    pub fn parse(text: &str) -> Result<Shard, String> {
        let wrong =
            || format!("--shard takes K/N with 1 <= K <= N, like `--shard 2/4`, not `{text}`");
        let (k, n) = text.split_once('/').ok_or_else(wrong)?;
        let index: usize = k.trim().parse().map_err(|_| wrong())?;
        let count: usize = n.trim().parse().map_err(|_| wrong())?;
        if index == 0 || index > count {
            return Err(wrong());
        }
        Ok(Shard { index, count })
    }

    /// Every N-th submission, from the K-th.
    pub fn take(self, class: Vec<Submission>) -> Vec<Submission> {
        class
            .into_iter()
            .enumerate()
            .filter(|(i, _)| i % self.count == self.index - 1)
            .map(|(_, s)| s)
            .collect()
    }
}

/// Writes `grades.json` and `class.csv` of `grades` into `out`.
pub fn write(out: &Path, grades: &[Grade]) -> Result<Vec<String>, String> {
    fs::create_dir_all(out).map_err(|e| format!("could not create {}: {e}", out.display()))?;
    let mut written = Vec::new();
    let json = serde_json::to_string_pretty(grades).map_err(|e| e.to_string())?;
    for (name, text) in [(GRADES, json), (CSV, report::class_csv(grades))] {
        let path = out.join(name);
        fs::write(&path, text).map_err(|e| format!("could not write {}: {e}", path.display()))?;
        written.push(path.display().to_string());
    }
    Ok(written)
}

/// Joins the `--out` directories of a class's shards into `out`: every
/// submission's folder of reports, and one `grades.json` and `class.csv`.
pub fn merge(out: &Path, shards: &[PathBuf]) -> Result<Vec<Grade>, String> {
    let mut grades: Vec<Grade> = Vec::new();
    let mut ids = BTreeSet::new();
    for shard in shards {
        let file = shard.join(GRADES);
        let text = fs::read_to_string(&file).map_err(|e| {
            format!(
                "could not read {}: {e}; give the --out directories of `cargo course grade \
                 --many ... --shard K/N`",
                file.display()
            )
        })?;
        let shard_grades: Vec<Grade> = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{} is not a shard's grades ({e}); was it written by this course tool?",
                file.display()
            )
        })?;
        for grade in shard_grades {
            if !ids.insert(grade.student.clone()) {
                return Err(format!(
                    "`{}` is in two shards: were the shards graded from the same list of \
                     submissions, each with its own --shard K/N?",
                    grade.student
                ));
            }
            let from = shard.join(&grade.student);
            if from.is_dir() && !same_dir(&from, &out.join(&grade.student)) {
                copy_reports(&from, &out.join(&grade.student))?;
            }
            grades.push(grade);
        }
    }
    grades.sort_by(|a, b| a.student.cmp(&b.student));
    write(out, &grades)?;
    Ok(grades)
}

fn same_dir(a: &Path, b: &Path) -> bool {
    matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b)
}

/// Copies the report files of one submission (plain files, one level).
fn copy_reports(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("could not create {}: {e}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", from.display()))?;
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            fs::copy(entry.path(), to.join(entry.file_name()))
                .map_err(|e| format!("could not copy {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_folder_names_unless_two_folders_share_one() {
        let class = Submission::list(vec![
            PathBuf::from("/b/alice"),
            PathBuf::from("/a/bob"),
            PathBuf::from("/a/alice"),
        ]);
        let ids: Vec<&str> = class.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids[1], "bob");
        assert!(ids[0].starts_with("alice-") && ids[2].starts_with("alice-"));
        assert_ne!(ids[0], ids[2]);
        // The same in every run: a shard and a rerun name a student alike.
        assert_eq!(
            Submission::list(vec![PathBuf::from("/a/alice"), PathBuf::from("/b/alice")]),
            {
                let mut again = class.clone();
                again.retain(|s| s.id != "bob");
                again
            }
        );
    }

    #[test]
    fn shards_split_the_class_without_overlap_or_gap() {
        let class = Submission::list((0..7).map(|i| PathBuf::from(format!("/s/{i}"))).collect());
        let mut all: Vec<String> = Vec::new();
        for k in 1..=3 {
            let shard = Shard::parse(&format!("{k}/3")).expect("a shard");
            all.extend(shard.take(class.clone()).into_iter().map(|s| s.id));
        }
        all.sort();
        assert_eq!(all, ["0", "1", "2", "3", "4", "5", "6"]);
    }

    #[test]
    fn a_wrong_shard_says_what_it_takes() {
        for text in ["0/3", "4/3", "2", "a/b", "1/0"] {
            let err = Shard::parse(text).expect_err(text);
            assert!(err.contains("K/N"), "{err}");
        }
    }
}
