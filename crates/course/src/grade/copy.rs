//! The pristine copy a submission is graded in: syncing the trusted tree
//! into it, copying the student's editable files, and naming everything
//! else the student changed (tampering).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use crate::manifest::Manifest;

/// What is never copied from one tree to another, nor compared.
const IGNORED: &[&str] = &["target", ".git", "book/build"];

/// The largest editable file copied from a submission.
const MAX_FILE: u64 = 1024 * 1024;

/// What the grading copy never holds: what a student must not read (the
/// reference solutions, the known-wrong versions, the mutation settings).
pub(crate) const HIDDEN: &[&str] = &["solutions", "tests/wrong", "mutants.toml"];

/// Whether `relative` is kept out of the grading copy.
pub(crate) fn hidden(relative: &Path) -> bool {
    HIDDEN.iter().any(|h| relative.starts_with(h))
}

/// The workspace manifest of the grading copy: the trusted one with every
/// `solutions/*` member left out, so that cargo loads without them.
pub(crate) fn grading_manifest(trusted: &str) -> Result<String, String> {
    let mut doc: toml::Table = trusted
        .parse()
        .map_err(|err| format!("the workspace Cargo.toml does not parse: {err}"))?;
    let workspace = doc
        .get_mut("workspace")
        .and_then(toml::Value::as_table_mut)
        .ok_or("the workspace Cargo.toml has no [workspace]")?;
    for key in ["members", "default-members"] {
        if let Some(toml::Value::Array(list)) = workspace.get_mut(key) {
            list.retain(|m| m.as_str().is_none_or(|m| !hidden(Path::new(m))));
        }
    }
    Ok(format!(
        "# Written by `cargo course grade`: the course manifest without the\n\
         # members that the grading copy does not hold.\n{}",
        toml::to_string(&doc).map_err(|err| err.to_string())?
    ))
}

pub(crate) fn ignored(relative: &Path) -> bool {
    IGNORED.iter().any(|i| relative.starts_with(i))
}

/// Every file under `dir`, relative to it, outside the ignored directories;
/// symbolic links are listed too (as files), never followed.
pub(crate) fn files(dir: &Path) -> BTreeSet<PathBuf> {
    walk(dir).0
}

/// The files (as [`files`] lists them) and the directories under `dir`,
/// relative to it, outside the ignored directories.
fn walk(dir: &Path) -> (BTreeSet<PathBuf>, Vec<PathBuf>) {
    let (mut files, mut dirs) = (BTreeSet::new(), Vec::new());
    let mut stack = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        let Ok(entries) = fs::read_dir(dir.join(&relative)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let rel = relative.join(entry.file_name());
            if ignored(&rel) {
                continue;
            }
            match entry.file_type() {
                Ok(t) if t.is_dir() => {
                    stack.push(rel.clone());
                    dirs.push(rel);
                }
                Ok(_) => {
                    files.insert(rel);
                }
                Err(_) => {}
            }
        }
    }
    (files, dirs)
}

/// Makes the files of `to` that `managed` accepts exactly those of `from`,
/// writing only what differs so that cargo's fingerprints stay valid between
/// runs. Links are not followed.
pub(crate) fn sync_tree(
    from: &Path,
    to: &Path,
    managed: &dyn Fn(&Path) -> bool,
) -> std::io::Result<()> {
    let wanted: BTreeSet<PathBuf> = files(from)
        .into_iter()
        .filter(|f| managed(f))
        .filter(|f| fs::symlink_metadata(from.join(f)).is_ok_and(|m| m.file_type().is_file()))
        .collect();
    let present: BTreeSet<PathBuf> = files(to).into_iter().filter(|f| managed(f)).collect();
    for stale in present.difference(&wanted) {
        fs::remove_file(to.join(stale))?;
    }
    remove_empty_dirs(to);
    for file in &wanted {
        write_if_changed(&to.join(file), &fs::read(from.join(file))?)?;
    }
    Ok(())
}

/// Removes the empty directories of `to`, from the innermost out: a
/// directory gone from the source must be gone from the copy too (cargo
/// reads a `crates/<topic>/` left without its `Cargo.toml` as a broken
/// workspace member), and the copy holds no empty directory of its own.
fn remove_empty_dirs(to: &Path) {
    let mut dirs = walk(to).1;
    // Deepest first; a directory that is not empty refuses, and stays.
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    for dir in dirs {
        let _ = fs::remove_dir(to.join(dir));
    }
}

pub(crate) fn write_if_changed(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    fs::write(path, bytes)
}

/// Copies a student's `src` directory, refusing links and oversized files
/// (returned as tampering notes).
pub(crate) fn copy_editable(from: &Path, to: &Path) -> std::io::Result<Vec<String>> {
    let mut notes = Vec::new();
    let mut accepted = BTreeSet::new();
    for file in &files(from) {
        let meta = fs::symlink_metadata(from.join(file))?;
        if meta.file_type().is_symlink() {
            notes.push(format!(
                "{}: a symbolic link; only regular files are graded",
                from.join(file).display()
            ));
        } else if meta.len() > MAX_FILE {
            notes.push(format!(
                "{}: larger than 1 MiB, not graded",
                from.join(file).display()
            ));
        } else {
            accepted.insert(file.clone());
        }
    }
    for stale in files(to).difference(&accepted) {
        fs::remove_file(to.join(stale))?;
    }
    for file in &accepted {
        write_if_changed(&to.join(file), &fs::read(from.join(file))?)?;
    }
    Ok(notes)
}

/// Whether `relative` is a file the student may edit.
pub(crate) fn editable(relative: &Path, manifest: &Manifest) -> bool {
    let mut parts = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy());
    matches!(
        (parts.next().as_deref(), parts.next(), parts.next().as_deref()),
        (Some("exercises"), Some(name), Some("src")) if manifest.exercise(&name).is_ok()
    )
}

/// Everything the submission changed, added or removed outside the editable
/// files, as sentences.
pub fn tampering(trusted: &Path, submission: &Path, manifest: &Manifest) -> Vec<String> {
    if trusted == submission {
        return Vec::new();
    }
    let ours = files(trusted);
    let theirs = files(submission);
    let mut notes = Vec::new();
    for file in &theirs {
        if editable(file, manifest) {
            continue;
        }
        if ours.contains(file) {
            if fs::read(trusted.join(file)).ok() != fs::read(submission.join(file)).ok() {
                notes.push(format!(
                    "modified {} (the trusted copy was used)",
                    file.display()
                ));
            }
        } else {
            notes.push(format!("added {} (ignored)", file.display()));
        }
    }
    // Deleting what grading relies on is worth naming; deleting the rest of
    // the course (a submission of exercises/ alone) is not.
    for file in ours.difference(&theirs) {
        let relied_on = file.starts_with("tests")
            || file.starts_with(".cargo")
            || file.starts_with("crates/graded")
            || file == Path::new("Cargo.toml")
            || file == Path::new("course.toml")
            || (file.starts_with("exercises") && !editable(file, manifest));
        if relied_on
            && theirs.iter().any(|f| f.starts_with("exercises"))
            && submission.join("Cargo.toml").exists()
        {
            notes.push(format!(
                "deleted {} (the trusted copy was used)",
                file.display()
            ));
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_gone_from_the_source_is_gone_from_the_copy() {
        let root = std::env::temp_dir().join(format!("course-sync-{}", std::process::id()));
        let (from, to) = (root.join("from"), root.join("to"));
        for file in [
            "crates/a/Cargo.toml",
            "crates/a/src/lib.rs",
            "crates/b/Cargo.toml",
        ] {
            write_if_changed(&from.join(file), b"x").unwrap();
        }
        sync_tree(&from, &to, &|_| true).unwrap();
        assert!(to.join("crates/a/src/lib.rs").is_file());
        // An empty directory left by an earlier copy goes too.
        fs::create_dir_all(to.join("crates/c/src")).unwrap();

        fs::remove_dir_all(from.join("crates/a")).unwrap();
        sync_tree(&from, &to, &|_| true).unwrap();
        assert!(
            !to.join("crates/a").exists(),
            "crates/a was removed from the source but its directory stayed in the copy"
        );
        assert!(
            !to.join("crates/c").exists(),
            "an empty crates/c stayed in the copy"
        );
        assert!(
            to.join("crates/b/Cargo.toml").is_file(),
            "crates/b went too"
        );
        fs::remove_dir_all(&root).unwrap();
    }
}
