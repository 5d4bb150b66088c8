//! `cargo course reset NAME` and `cargo course solution NAME`.
//!
//! Reset brings back the whole pristine stub, every file of
//! `exercises/<name>/` (its `Cargo.toml` included), from the course's own
//! record of it (`stubs.pristine.toml`, written by `cargo course lock-stubs`;
//! a learner's copy of the course may have no git history). Whatever was
//! there is first kept as a backup, in a directory named for the time, and
//! the message names that backup whenever one was written: reset never loses
//! work.

use std::fs;
use std::io::{BufRead, ErrorKind, IsTerminal, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::manifest::{Exercise, Manifest};
use crate::progress::{Pristine, Record, STUBS_ARCHIVE, StubFile, files_under};
use crate::ui;

/// Where backups go: beside the course, ignored by git, untouched by
/// `cargo clean`.
pub const BACKUPS: &str = ".course-backups";

/// `cargo course reset NAME [--yes]`.
pub fn reset(root: &Path, manifest: &Manifest, name: &str, yes: bool) -> Result<(), String> {
    let exercise = manifest.exercise(name)?;
    let pristine = Pristine::load(root);
    let Some(stub) = pristine.files(name) else {
        return Err(format!(
            "the course's record of its stubs ({STUBS_ARCHIVE}) has no `{name}`, so there is \
             nothing to reset it to.\nGet {STUBS_ARCHIVE} back from the course's repository \
             (or, in a git checkout, `git checkout origin/HEAD -- exercises/{name}`)."
        ));
    };
    let dir = exercise.stub_dir(root);
    let shown = format!("exercises/{name}");
    let present = Present::read(&dir);
    if present.is_pristine(&dir, stub) {
        println!("{shown} is already the untouched stub: nothing to reset.");
        return Ok(());
    }
    let has_work = present.has_files();
    if has_work && !yes && !confirm(&shown)? {
        println!("Nothing was changed.");
        return Ok(());
    }
    let backup = if has_work {
        Some(back_up(root, exercise, &present)?)
    } else {
        None
    };
    restore(&dir, stub).map_err(|err| {
        let kept = backup
            .as_ref()
            .map(|b| format!(" (your version is kept in {})", relative(root, b)))
            .unwrap_or_default();
        format!("could not restore {shown}: {err}{kept}")
    })?;
    let files = match stub.len() {
        1 => "1 file".to_owned(),
        n => format!("{n} files"),
    };
    match backup {
        Some(backup) => println!(
            "Reset {shown} to its stub ({files}). Your version is kept in {}",
            relative(root, &backup)
        ),
        None => println!(
            "Restored {shown} from the course's record of its stub ({files}); there was \
             nothing of yours to back up."
        ),
    }
    Ok(())
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn confirm(shown: &str) -> Result<bool, String> {
    if !std::io::stdin().is_terminal() {
        return Err(format!(
            "reset replaces your files in {shown} with its stub (a backup is kept): run it in a \
             terminal to confirm, or pass --yes"
        ));
    }
    print!("Replace your files in {shown} with its stub? A backup is kept. [y/N] ");
    let _ = std::io::stdout().flush();
    let mut answer = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|e| e.to_string())?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// What is at `exercises/<name>` now.
enum Present {
    Nothing,
    /// Something that is not a directory (a file, a link).
    NotADirectory,
    /// A directory and its files (relative, links listed, never followed;
    /// a `target/` inside is left out).
    Files(Vec<PathBuf>),
}

impl Present {
    fn read(dir: &Path) -> Present {
        match fs::symlink_metadata(dir) {
            Err(_) => Present::Nothing,
            Ok(meta) if !meta.is_dir() => Present::NotADirectory,
            Ok(_) => Present::Files(
                files_under(dir)
                    .into_iter()
                    .filter(|f| !f.starts_with("target"))
                    .collect(),
            ),
        }
    }

    fn has_files(&self) -> bool {
        match self {
            Present::Nothing => false,
            Present::NotADirectory => true,
            Present::Files(files) => !files.is_empty(),
        }
    }

    /// Exactly the stub's files, with the same bytes, each writable.
    fn is_pristine(&self, dir: &Path, stub: &[StubFile]) -> bool {
        let Present::Files(files) = self else {
            return false;
        };
        files.len() == stub.len()
            && stub.iter().all(|file| {
                let path = dir.join(&file.path);
                fs::symlink_metadata(&path)
                    .is_ok_and(|m| m.file_type().is_file() && m.permissions().mode() & 0o200 != 0)
                    && fs::read(&path).is_ok_and(|bytes| bytes == file.bytes)
            })
    }
}

/// A name for a backup: the local time, `2026-04-20_14-03-22`.
pub fn timestamp() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let (date, time) = local_time(now);
    format!(
        "{:04}-{:02}-{:02}_{:02}-{:02}-{:02}",
        date.0, date.1, date.2, time.0, time.1, time.2
    )
}

/// `seconds` since the epoch as a local (year, month, day) and (hour,
/// minute, second); in UTC where the local zone is unknown.
fn local_time(seconds: u64) -> ((i64, u32, u32), (u32, u32, u32)) {
    let offset = utc_offset(seconds);
    let local = seconds as i64 + offset;
    let days = local.div_euclid(86_400);
    let rest = local.rem_euclid(86_400) as u32;
    (
        civil_from_days(days),
        (rest / 3600, rest % 3600 / 60, rest % 60),
    )
}

/// The local zone's offset from UTC at `seconds`, in seconds.
fn utc_offset(seconds: u64) -> i64 {
    let time = seconds as libc::time_t;
    // SAFETY: localtime_r reads `time` and writes only into `tm`, a plain C
    // struct that lives on this stack frame for the whole call; it is the
    // thread-safe variant (no shared static buffer).
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let converted = unsafe { libc::localtime_r(&time, &mut tm) };
    if converted.is_null() { 0 } else { tm.tm_gmtoff }
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (Howard
/// Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Copies what is at `exercises/<name>` to
/// `.course-backups/<name>/<timestamp>/`, as it is.
fn back_up(root: &Path, exercise: &Exercise, present: &Present) -> Result<PathBuf, String> {
    let base = root.join(BACKUPS).join(&exercise.name);
    let stamp = timestamp();
    let mut backup = base.join(&stamp);
    let mut n = 2;
    while backup.exists() {
        backup = base.join(format!("{stamp}-{n}"));
        n += 1;
    }
    let failed = |what: &Path, err: std::io::Error| {
        format!(
            "could not back up {}: {err}; nothing was reset",
            what.display()
        )
    };
    fs::create_dir_all(&backup).map_err(|e| failed(&backup, e))?;
    let dir = exercise.stub_dir(root);
    match present {
        Present::Nothing => {}
        Present::NotADirectory => {
            copy_entry(&dir, &backup.join(&exercise.name)).map_err(|e| failed(&dir, e))?;
        }
        Present::Files(files) => {
            for file in files {
                copy_entry(&dir.join(file), &backup.join(file))
                    .map_err(|e| failed(&dir.join(file), e))?;
            }
        }
    }
    Ok(backup)
}

/// Copies one file, or recreates one link, from `from` to `to`.
fn copy_entry(from: &Path, to: &Path) -> std::io::Result<()> {
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    let meta = fs::symlink_metadata(from)?;
    if meta.file_type().is_symlink() {
        return std::os::unix::fs::symlink(fs::read_link(from)?, to);
    }
    match fs::copy(from, to) {
        Err(err) if err.kind() == ErrorKind::PermissionDenied => {
            // A file the learner made unreadable: readable again, then copied.
            let mut permissions = meta.permissions();
            permissions.set_mode(permissions.mode() | 0o600);
            fs::set_permissions(from, permissions)?;
            fs::copy(from, to).map(|_| ())
        }
        other => other.map(|_| ()),
    }
}

/// Replaces whatever is at `dir` with the stub's files, writable.
fn restore(dir: &Path, stub: &[StubFile]) -> std::io::Result<()> {
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.is_dir() => {
            make_writable(dir)?;
            for entry in fs::read_dir(dir)? {
                let entry = entry?;
                if entry.file_name() == "target" {
                    continue;
                }
                if entry.file_type()?.is_dir() {
                    fs::remove_dir_all(entry.path())?;
                } else {
                    fs::remove_file(entry.path())?;
                }
            }
        }
        Ok(_) => fs::remove_file(dir)?,
        Err(_) => {}
    }
    for file in stub {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(&path, &file.bytes)?;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644))?;
    }
    Ok(())
}

/// Gives the owner write access to `dir` and every directory under it, so
/// that their entries can be removed (a learner may have made them read-only).
fn make_writable(dir: &Path) -> std::io::Result<()> {
    let meta = fs::symlink_metadata(dir)?;
    if !meta.is_dir() {
        return Ok(());
    }
    let mut permissions = meta.permissions();
    if permissions.mode() & 0o700 != 0o700 {
        permissions.set_mode(permissions.mode() | 0o700);
        fs::set_permissions(dir, permissions)?;
    }
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            make_writable(&entry.path())?;
        }
    }
    Ok(())
}

/// `cargo course solution NAME [--force]`.
pub fn solution(root: &Path, manifest: &Manifest, name: &str, force: bool) -> Result<(), String> {
    let exercise = manifest.exercise(name)?;
    let record = Record::load(root);
    let solved = record
        .known(root, exercise, &Pristine::hashes(root))
        .solved();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn a_timestamp_reads_as_a_date_and_a_time() {
        let stamp = timestamp();
        let shape: String = stamp
            .chars()
            .map(|c| if c.is_ascii_digit() { '9' } else { c })
            .collect();
        assert_eq!(shape, "9999-99-99_99-99-99", "{stamp}");
    }
}
