//! Runs clippy on one file, as `cargo clippy` runs it on a crate, and reads
//! what it found.
//!
//! `cargo clippy` builds a crate with `clippy-driver` in place of `rustc`:
//! the same compiler, with clippy's lints added. This module calls that
//! driver directly on one file (a crate of one file, no dependencies), asks
//! for rustc's JSON diagnostics, and keeps of each its lint, its place and
//! its message: the form the examples print, steadier from one toolchain
//! to the next than the full rendering (which quotes the code and links to
//! the documentation of the toolchain's version).

use std::fmt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One thing clippy (or rustc) reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// `warning` or `error`.
    pub level: String,
    /// The lint's name, `clippy::almost_swapped`, or an error code.
    pub lint: String,
    /// The file, as given to clippy.
    pub file: String,
    /// Its line, from 1.
    pub line: u64,
    /// The message's first line.
    pub message: String,
}

impl fmt::Display for Finding {
    /// `file:line: level: message [lint]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {} [{}]",
            self.file, self.line, self.level, self.message, self.lint
        )
    }
}

/// `clippy-driver` of the toolchain that `rustc` on `PATH` belongs to, or
/// `None` when clippy is not installed (`rustup component add clippy`).
pub fn driver() -> Option<PathBuf> {
    let output = Command::new("rustc")
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    let driver = sysroot
        .join("bin")
        .join(format!("clippy-driver{}", std::env::consts::EXE_SUFFIX));
    driver.is_file().then_some(driver)
}

/// Runs clippy on `file` (relative to `dir`, where clippy runs) as a
/// library of edition 2024, with the lint levels `levels` (`["-W",
/// "clippy::pedantic"]`), and returns its findings in the order it gave
/// them. Nothing is written but into a temporary directory.
pub fn check(dir: &Path, file: &str, levels: &[&str]) -> Result<Vec<Finding>, String> {
    let driver = driver().ok_or("clippy is not installed: `rustup component add clippy`")?;
    let out = std::env::temp_dir().join(format!("lint-clippy-{}", std::process::id()));
    let output = Command::new(&driver)
        .current_dir(dir)
        .arg(file)
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "lib",
            "--emit=metadata",
        ])
        .args(["--error-format=json", "--out-dir"])
        .arg(&out)
        .args(levels)
        .env_remove("CLIPPY_ARGS")
        .env_remove("CLIPPY_CONF_DIR")
        .output()
        .map_err(|err| format!("could not run {}: {err}", driver.display()))?;
    let _ = std::fs::remove_dir_all(&out);
    Ok(String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter_map(finding)
        .collect())
}

/// One line of rustc's JSON diagnostics as a finding, or `None` for what
/// has no place in the code ("aborting due to 2 previous errors").
fn finding(line: &str) -> Option<Finding> {
    let diagnostic: serde_json::Value = serde_json::from_str(line).ok()?;
    let span = diagnostic["spans"]
        .as_array()?
        .iter()
        .find(|span| span["is_primary"].as_bool() == Some(true))?;
    Some(Finding {
        level: diagnostic["level"].as_str()?.to_owned(),
        lint: diagnostic["code"]["code"]
            .as_str()
            .unwrap_or("-")
            .to_owned(),
        file: span["file_name"].as_str()?.to_owned(),
        line: span["line_start"].as_u64()?,
        message: diagnostic["message"].as_str()?.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_diagnostic_becomes_a_finding_and_a_note_does_not() {
        let line = r#"{"message":"unneeded `return` statement","code":{"code":"clippy::needless_return","explanation":null},"level":"warning","spans":[{"file_name":"a.rs","line_start":3,"is_primary":true}]}"#;
        let found = finding(line).expect("a finding");
        assert_eq!(
            found.to_string(),
            "a.rs:3: warning: unneeded `return` statement [clippy::needless_return]"
        );
        let note = r#"{"message":"aborting due to 1 previous error","code":null,"level":"error","spans":[]}"#;
        assert_eq!(finding(note), None);
    }
}
