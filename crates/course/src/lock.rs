//! Locks that let two `cargo course` runs share one checkout.
//!
//! The known-wrong and mutation labs are single copies of the course under
//! `target/course/`, and their records (`target/course/known-wrong.json`,
//! `mutants.toml`) are read, updated and written back. Two runs at once
//! would build into each other's copy and drop each other's results, so
//! each run holds the lock of its lab for as long as it uses it; a second
//! run says that it waits, and goes on when the first is done.

use std::fs::{self, File, TryLockError};
use std::path::Path;

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct Held {
    _file: File,
}

/// Takes the lock `target/course/<name>.lock`, waiting for another run that
/// holds it. `what` names the run for the message.
pub fn hold(root: &Path, name: &str, what: &str) -> Result<Held, String> {
    let dir = root.join("target/course");
    fs::create_dir_all(&dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let path = dir.join(format!("{name}.lock"));
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|err| format!("cannot open the lock {}: {err}", path.display()))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            println!(
                "waiting for another {what} in this checkout to finish (it holds {})…",
                path.display()
            );
            file.lock()
                .map_err(|err| format!("cannot lock {}: {err}", path.display()))?;
        }
        Err(TryLockError::Error(err)) => {
            return Err(format!("cannot lock {}: {err}", path.display()));
        }
    }
    Ok(Held { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_until_the_first_lets_go() {
        let root = std::env::temp_dir().join(format!("course-lock-{}", std::process::id()));
        let first = hold(&root, "lab", "test run").unwrap();
        let path = root.join("target/course/lab.lock");
        let other = File::options().write(true).open(&path).unwrap();
        assert!(
            matches!(other.try_lock(), Err(TryLockError::WouldBlock)),
            "a second run could take the lock while the first held it"
        );
        drop(first);
        other
            .try_lock()
            .expect("the lock was not released when its holder was dropped");
        drop(other);
        let _ = fs::remove_dir_all(&root);
    }
}
