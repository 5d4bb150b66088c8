//! `cargo course reset NAME` and `cargo course solution NAME`.
//!
//! Reset brings back the pristine stub, found in the repository's history by
//! its hash in `stubs.lock`, and keeps the learner's version as a backup
//! whose place it names: it never loses work.

use std::fs;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::manifest::{Exercise, Manifest};
use crate::progress::{Fnv, Known, Pristine, Record, files_under};
use crate::ui;

/// Where backups go: beside the course, ignored by git, untouched by
/// `cargo clean`.
pub const BACKUPS: &str = ".course-backups";

/// `cargo course reset NAME [--yes]`.
pub fn reset(root: &Path, manifest: &Manifest, name: &str, yes: bool) -> Result<(), String> {
    let exercise = manifest.exercise(name)?;
    let pristine = Pristine::load(root);
    let Some(hash) = pristine.hash(name) else {
        return Err(format!(
            "stubs.lock does not know `{name}`, so the original stub cannot be told apart from your code.\n\
             Restore it from git instead: `git checkout origin/HEAD -- exercises/{name}/src`"
        ));
    };
    if pristine.is_pristine(root, exercise) {
        println!("exercises/{name}/src is already the untouched stub: nothing to reset.");
        return Ok(());
    }
    let stub = find_in_history(root, name, hash)?;
    if !yes && !confirm(name)? {
        println!("Nothing was changed.");
        return Ok(());
    }
    let backup = back_up(root, exercise)?;
    let src = exercise.stub_dir(root).join("src");
    for file in files_under(&src) {
        fs::remove_file(src.join(&file))
            .map_err(|e| format!("could not remove {}: {e}", file.display()))?;
    }
    for (file, bytes) in &stub {
        let path = src.join(file);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        fs::write(&path, bytes).map_err(|e| format!("could not write {}: {e}", path.display()))?;
    }
    println!(
        "Reset exercises/{name}/src to the stub. Your version is kept in {}",
        backup.strip_prefix(root).unwrap_or(&backup).display()
    );
    Ok(())
}

fn confirm(name: &str) -> Result<bool, String> {
    if !std::io::stdin().is_terminal() {
        return Err(format!(
            "reset replaces your code in exercises/{name}/src (a backup is kept): run it in a terminal to confirm, or pass --yes"
        ));
    }
    print!("Replace your code in exercises/{name}/src with the stub? A backup is kept. [y/N] ");
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| e.to_string())?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// Copies the learner's `src` to `.course-backups/NAME/<seconds>/src`.
fn back_up(root: &Path, exercise: &Exercise) -> Result<PathBuf, String> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let mut dir = root
        .join(BACKUPS)
        .join(&exercise.name)
        .join(seconds.to_string());
    let mut n = 1;
    while dir.exists() {
        dir = root
            .join(BACKUPS)
            .join(&exercise.name)
            .join(format!("{seconds}-{n}"));
        n += 1;
    }
    let src = exercise.stub_dir(root).join("src");
    for file in files_under(&src) {
        let to = dir.join("src").join(&file);
        if let Some(parent) = to.parent() {
            fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        fs::copy(src.join(&file), &to).map_err(|e| {
            format!(
                "could not back up {}: {e}; nothing was reset",
                file.display()
            )
        })?;
    }
    Ok(dir)
}

fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let output = Command::new("git")
        .args(args)
        .current_dir(root)
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout)
}

/// The files of the stub whose source hash is `hash`, from the newest commit
/// that has it.
fn find_in_history(root: &Path, name: &str, hash: &str) -> Result<Vec<(PathBuf, Vec<u8>)>, String> {
    let prefix = format!("exercises/{name}/src/");
    let commits = git(root, &["rev-list", "--all", "--", &prefix]).ok_or_else(|| {
        format!("could not read the git history; restore the stub with `git checkout -- exercises/{name}/src`")
    })?;
    for commit in String::from_utf8_lossy(&commits).lines() {
        let Some(listing) = git(
            root,
            &["ls-tree", "-r", "--name-only", commit, "--", &prefix],
        ) else {
            continue;
        };
        let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
        for path in String::from_utf8_lossy(&listing).lines() {
            let Some(bytes) = git(root, &["show", &format!("{commit}:{path}")]) else {
                continue;
            };
            files.push((PathBuf::from(path.trim_start_matches(&prefix)), bytes));
        }
        files.sort();
        let mut fnv = Fnv::new();
        for (file, bytes) in &files {
            fnv.write(file.to_string_lossy().as_bytes());
            fnv.write(bytes);
        }
        if fnv.hex() == hash {
            return Ok(files);
        }
    }
    Err(format!(
        "the original stub of `{name}` is not in this repository's history.\n\
         Restore it from the course's repository: `git checkout origin/HEAD -- exercises/{name}/src`"
    ))
}

/// `cargo course solution NAME [--force]`.
pub fn solution(root: &Path, manifest: &Manifest, name: &str, force: bool) -> Result<(), String> {
    let exercise = manifest.exercise(name)?;
    let record = Record::load(root);
    let solved = record.known(root, exercise, &Pristine::load(root)) == Known::Solved;
    if !solved && !force {
        return Err(format!(
            "`{name}` is not solved yet (as of its last check). Solve it first: `cargo test -p {name}`, \
             then `cargo course check {name}`. To look anyway: `cargo course solution {name} --force`"
        ));
    }
    if !solved {
        eprintln!(
            "{} showing the solution of an exercise you have not solved: try the hints first (`cargo course hint {name}`)",
            ui::yellow("warning:")
        );
    }
    let src = exercise.solution_dir(root).join("src");
    for file in files_under(&src) {
        let text = fs::read_to_string(src.join(&file)).map_err(|e| e.to_string())?;
        println!(
            "{}",
            ui::bold(&format!("// solutions/{name}/src/{}", file.display()))
        );
        println!("{text}");
    }
    Ok(())
}
