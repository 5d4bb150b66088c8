//! Invariant 10: clippy `-D warnings` and rustfmt are clean.

use std::path::Path;
use std::time::{Duration, Instant};

use super::Report;
use crate::cargo;
use crate::process::{Outcome, run_with_limit};
use crate::ui;

/// clippy, then rustfmt.
pub fn check(root: &Path, report: &mut Report) {
    clippy(root, report);
    fmt(root, report);
}

fn clippy(root: &Path, report: &mut Report) {
    let mut cmd = cargo::build_command(root, "clippy");
    // The default members: topic crates and solutions (stubs are unfinished
    // by design).
    cmd.args(["--all-targets", "--keep-going", "--", "-D", "warnings"]);
    report.status("clippy -D warnings on the crates and solutions…");
    let started = Instant::now();
    match cargo::build(cmd, |unit| report.progress.set(&format!("clippy {unit}"))) {
        Ok(build) if build.success && build.errors.is_empty() => report.pass(&format!(
            "clippy -D warnings: clean ({})",
            ui::duration(started.elapsed())
        )),
        Ok(build) if build.errors.is_empty() => {
            report.fail("clippy -D warnings", build.cargo_stderr.trim());
        }
        Ok(build) => {
            let detail: Vec<String> = build
                .errors
                .iter()
                .map(|(dir, errors)| {
                    format!(
                        "{}:\n{}",
                        dir.strip_prefix(root).unwrap_or(dir).display(),
                        cargo::first_errors(errors, 3)
                    )
                })
                .collect();
            report.fail("clippy -D warnings", &detail.join("\n"));
        }
        Err(err) => report.fail(
            "clippy -D warnings",
            &format!("could not run cargo clippy ({err}): `rustup component add clippy`"),
        ),
    }
}

fn fmt(root: &Path, report: &mut Report) {
    let mut cmd = cargo::command(root, "fmt");
    cmd.args(["--all", "--check", "--", "-l"]);
    report.status("rustfmt --check…");
    match run_with_limit(cmd, Duration::from_secs(120)) {
        Outcome::Exited { success: true, .. } => report.pass("rustfmt: every file is formatted"),
        Outcome::Exited { stdout, stderr, .. } if stdout.trim().is_empty() => report.fail(
            "rustfmt",
            &format!(
                "{}\nIs rustfmt installed? `rustup component add rustfmt`",
                stderr.trim()
            ),
        ),
        Outcome::Exited { stdout, .. } => report.fail(
            "rustfmt: every file is formatted",
            &format!("run `cargo fmt --all`; unformatted:\n{}", stdout.trim()),
        ),
        other => report.fail("rustfmt", &other.describe()),
    }
}
