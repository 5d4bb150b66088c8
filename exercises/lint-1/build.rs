//! Runs clippy on this package's `src/`, every lint of clippy's default
//! groups forbidden (so that an `#[allow]` in the sources cannot silence
//! one) and rustc's warnings denied, and writes what it found to
//! `$OUT_DIR/clippy.txt` for the graded tests.
//!
//! It runs here, in the build, because the build is where the toolchain is:
//! grading runs the test processes in a sandbox that has no toolchain in it,
//! while the build runs with the toolchain's sysroot mounted. The solution's
//! manifest names this same file (`build = "../../exercises/lint-1/build.rs"`),
//! so both are checked the same way.
//!
//! The report has one line per fact, its fields separated by tabs: a
//! `status` line (`ok`, `failed` or `not run: <why>`), then a `finding`
//! line for each finding with the function it is in (`-` outside any), the
//! lint, `<file>:<line>` and the message.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The lint levels: every lint of clippy's default groups (correctness,
/// suspicious, style, complexity, perf) forbidden, rustc's warnings denied.
/// An `#[allow]` of a lint of a forbidden group is only a warning of its
/// own, `forbidden_lint_groups`: forbidden too, so that no `allow` silences
/// it.
const LEVELS: &[&str] = &[
    "-F",
    "clippy::all",
    "-F",
    "forbidden_lint_groups",
    "-D",
    "warnings",
];

/// What `cargo clippy` passes to its own clippy-driver, and what could
/// point clippy at another configuration: none of it reaches this run, so
/// the levels above are the whole configuration.
const CLEARED: &[&str] = &[
    "CLIPPY_ARGS",
    "CLIPPY_CONF_DIR",
    "CLIPPY_DISABLE_DOCS_LINKS",
    "RUSTC_WORKSPACE_WRAPPER",
    "RUSTC_WRAPPER",
];

fn main() {
    println!("cargo:rerun-if-changed=src");
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
    let report = match clippy_driver() {
        None => "status\tnot run: there is no clippy-driver beside rustc; install it with \
                 `rustup component add clippy`\n"
            .to_owned(),
        Some(driver) => run_clippy(&driver, &manifest, &out),
    };
    fs::write(out.join("clippy.txt"), report).expect("OUT_DIR is writable");
}

/// `clippy-driver` of the toolchain that builds this package: in the
/// sysroot of `$RUSTC`, beside rustc.
fn clippy_driver() -> Option<PathBuf> {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    let name = format!("clippy-driver{}", env::consts::EXE_SUFFIX);
    let driver = sysroot.join("bin").join(name);
    driver.is_file().then_some(driver)
}

/// Runs clippy on `src/lib.rs` and returns the report.
fn run_clippy(driver: &Path, manifest: &Path, out: &Path) -> String {
    let mut clippy = Command::new(driver);
    clippy
        .current_dir(manifest)
        .args(["src/lib.rs", "--edition", "2024", "--crate-type", "lib"])
        .args(["--crate-name", "clippy_check", "--emit=metadata"])
        .args(["--error-format=json", "--out-dir"])
        .arg(out)
        .args(LEVELS);
    for name in CLEARED {
        clippy.env_remove(name);
    }
    let output = match clippy.output() {
        Ok(output) => output,
        Err(err) => {
            return format!(
                "status\tnot run: could not run {}: {err}\n",
                driver.display()
            );
        }
    };
    let mut findings = hidden_from_clippy(manifest);
    for line in String::from_utf8_lossy(&output.stderr).lines() {
        if let Some(finding) = finding(manifest, line) {
            findings.push(finding);
        }
    }
    let status = if output.status.success() && findings.is_empty() {
        "ok"
    } else {
        "failed"
    };
    let mut report = format!("status\t{status}\n");
    for finding in findings {
        report.push_str(&format!("finding\t{finding}\n"));
    }
    report
}

/// One diagnostic of clippy's JSON output as a report line (without its
/// `finding` tag), or `None` for what is not a finding (the closing
/// "aborting due to" note, a line that is not JSON).
fn finding(manifest: &Path, line: &str) -> Option<String> {
    let diagnostic: serde_json::Value = serde_json::from_str(line).ok()?;
    let span = diagnostic["spans"]
        .as_array()?
        .iter()
        .find(|span| span["is_primary"].as_bool() == Some(true))?;
    let file = span["file_name"].as_str()?;
    let line = span["line_start"].as_u64()?;
    let lint = diagnostic["code"]["code"].as_str().unwrap_or("error");
    let message = diagnostic["message"]
        .as_str()
        .unwrap_or("")
        .replace('\t', " ");
    let function = enclosing_fn(&manifest.join(file), line).unwrap_or_else(|| "-".to_owned());
    Some(format!("{function}\t{lint}\t{file}:{line}\t{message}"))
}

/// The function line `line` (from 1) of `file` belongs to: the first `fn`
/// below, for an attribute (`#[allow(…)]` above a function), else the
/// last `fn` that starts at or above it.
fn enclosing_fn(file: &Path, line: u64) -> Option<String> {
    let text = fs::read_to_string(file).ok()?;
    let index = usize::try_from(line).ok()?.checked_sub(1)?;
    let lines: Vec<&str> = text.lines().collect();
    let this = lines.get(index)?.trim_start();
    if this.starts_with("#[") {
        let below = lines[index..].iter().take_while(|l| !l.trim().is_empty());
        if let Some(name) = below.filter_map(|l| fn_name(l)).next() {
            return Some(name);
        }
    }
    lines[..=index].iter().rev().find_map(|l| fn_name(l))
}

/// The name a line declares with `fn`, as in `pub fn total(…)`.
fn fn_name(line: &str) -> Option<String> {
    let mut words = line
        .split_whitespace()
        .skip_while(|word| word.starts_with("pub") || ["const", "async", "unsafe"].contains(word));
    if words.next()? != "fn" {
        return None;
    }
    let name: String = words
        .next()?
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// Code that clippy does not see: clippy-driver sets `--cfg clippy`, so
/// `#[cfg(not(clippy))]` (or `cfg_attr(clippy, …)`) would show clippy one
/// program and the tests another. Each use, outside `//` comments, is a
/// finding.
fn hidden_from_clippy(manifest: &Path) -> Vec<String> {
    let mut findings = Vec::new();
    let mut files = vec![manifest.join("src")];
    while let Some(path) = files.pop() {
        if let Ok(entries) = fs::read_dir(&path) {
            files.extend(entries.filter_map(Result::ok).map(|entry| entry.path()));
            continue;
        }
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let shown = path.strip_prefix(manifest).unwrap_or(&path).display();
        for (index, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if names_clippy_as_a_cfg(code) {
                let function = enclosing_fn(&path, index as u64 + 1);
                findings.push(format!(
                    "{}\tcfg(clippy)\t{shown}:{}\tcode behind `cfg(clippy)` is hidden from \
                     clippy or shown only to it: remove the `cfg`",
                    function.as_deref().unwrap_or("-"),
                    index + 1
                ));
            }
        }
    }
    findings
}

/// Whether `code` uses the word `clippy` as a `cfg` predicate: the word on
/// its own, not followed by `::` (a lint's path, `clippy::all`).
fn names_clippy_as_a_cfg(code: &str) -> bool {
    let mut rest = code;
    while let Some(at) = rest.find("clippy") {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + "clippy".len()..];
        let word_starts = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let next = after.trim_start();
        let word_ends = !after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        if word_starts && word_ends && !next.starts_with("::") && code.contains("cfg") {
            return true;
        }
        rest = after;
    }
    false
}
