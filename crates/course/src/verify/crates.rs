//! Invariant 7: the topic crates' own tests, their examples and every doc
//! test (compile_fail ones included) pass.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{CRATE_TEST_LIMIT, Report};
use crate::cargo::{self, Build};
use crate::process::{Outcome, run_with_limit};
use crate::{golang, ui};

/// Runs the topic crates' own test binaries and every example; returns the
/// examples' output by (topic directory, example name).
pub fn check(
    root: &Path,
    build: &Build,
    report: &mut Report,
) -> BTreeMap<(PathBuf, String), Outcome> {
    let crates_dir = root.join("crates");
    let mut outputs = BTreeMap::new();
    let mut executables: Vec<_> = build
        .executables
        .iter()
        .filter(|e| e.package_dir.starts_with(&crates_dir))
        .collect();
    executables.sort_by(|a, b| {
        (&a.package_dir, &a.kind, &a.target).cmp(&(&b.package_dir, &b.kind, &b.target))
    });
    for exe in executables {
        let topic = exe
            .package_dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let started = Instant::now();
        if !exe.harness && exe.kind != "example" {
            // A `[[bin]]` program: it is run by the tests that need it.
            continue;
        }
        if exe.kind == "example" {
            let what = format!("{topic}: example `{}` runs", exe.target);
            report.status(&format!("running {what}…"));
            let mut cmd = std::process::Command::new(&exe.path);
            cmd.current_dir(&exe.package_dir);
            let outcome = run_with_limit(cmd, golang::RUN_LIMIT);
            match &outcome {
                Outcome::Exited { success: true, .. } => report.pass(&what),
                other => report.fail(&what, &other.describe()),
            }
            outputs.insert((exe.package_dir.clone(), exe.target.clone()), outcome);
        } else {
            let what = format!("{topic}: {} tests `{}` pass", exe.kind, exe.target);
            report.status(&format!("running {what}…"));
            let mut cmd = std::process::Command::new(&exe.path);
            cmd.current_dir(&exe.package_dir).env("RUST_BACKTRACE", "0");
            match run_with_limit(cmd, CRATE_TEST_LIMIT) {
                Outcome::Exited { success: true, .. } => {
                    report.pass(&format!("{what} ({})", ui::duration(started.elapsed())))
                }
                Outcome::Exited { stdout, .. } => {
                    let failures: Vec<&str> = stdout
                        .lines()
                        .filter(|l| l.ends_with("FAILED") || l.starts_with("thread '"))
                        .take(12)
                        .collect();
                    report.fail(&what, &failures.join("\n"));
                }
                other => report.fail(&what, &other.describe()),
            }
        }
    }
    report.status("running the doc tests…");
    doc_tests(root, report);
    outputs
}

fn doc_tests(root: &Path, report: &mut Report) {
    let mut cmd = cargo::command(root, "test");
    // The default members: topic crates, the tools and the solutions.
    cmd.args(["--doc", "--color", "never"])
        .env("RUST_BACKTRACE", "0");
    report.status("running the doc tests…");
    let started = Instant::now();
    let outcome = run_with_limit(cmd, CRATE_TEST_LIMIT);
    let Outcome::Exited {
        success,
        stdout,
        stderr,
        ..
    } = &outcome
    else {
        report.fail("doc tests", &outcome.describe());
        return;
    };
    let passed: usize = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("test result: "))
        .filter_map(|l| {
            l.split(". ")
                .nth(1)?
                .split(' ')
                .next()?
                .parse::<usize>()
                .ok()
        })
        .sum();
    if *success {
        report.pass(&format!(
            "{passed} doc tests pass ({})",
            ui::duration(started.elapsed())
        ));
    } else {
        let failures: Vec<&str> = stdout
            .lines()
            .chain(stderr.lines())
            .filter(|l| l.ends_with("FAILED") || l.starts_with("error"))
            .take(12)
            .collect();
        report.fail("doc tests", &failures.join("\n"));
    }
}
