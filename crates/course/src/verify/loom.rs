//! Invariant 6: the loom models. Loom exercises are graded a second time
//! with `--cfg loom` (in `target/loom`), and the topic crates' own
//! `tests/loom_*.rs` models pass.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{CRATE_TEST_LIMIT, Report, pairs};
use crate::cargo;
use crate::manifest::{Exercise, Manifest};
use crate::process::{Outcome, run_with_limit};
use crate::ui;

/// The target directory for builds with `--cfg loom`, apart from the normal
/// one so that neither invalidates the other.
pub const LOOM_TARGET: &str = "target/loom";

/// The cargo profile for loom builds (defined in the workspace Cargo.toml).
pub const LOOM_PROFILE: &str = "loom";

/// `crates/<topic>/tests/loom_*.rs`, as (crate directory, test name).
pub fn crate_models(root: &Path) -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let Ok(crates) = fs::read_dir(root.join("crates")) else {
        return found;
    };
    for krate in crates.filter_map(Result::ok) {
        let Ok(tests) = fs::read_dir(krate.path().join("tests")) else {
            continue;
        };
        for test in tests.filter_map(Result::ok) {
            let file = test.file_name().to_string_lossy().into_owned();
            if let Some(stem) = file.strip_suffix(".rs")
                && stem.starts_with("loom_")
            {
                found.push((krate.path(), stem.to_owned()));
            }
        }
    }
    found.sort();
    found
}

/// The environment of a loom build.
pub fn loom_env(root: &Path) -> Vec<(String, String)> {
    vec![
        ("RUSTFLAGS".to_owned(), "--cfg loom".to_owned()),
        (
            "CARGO_TARGET_DIR".to_owned(),
            root.join(LOOM_TARGET).display().to_string(),
        ),
    ]
}

/// Builds the loom models and runs them.
pub fn check(
    root: &Path,
    manifest: &Manifest,
    exercises: &[&Exercise],
    crates: &[(PathBuf, String)],
    report: &mut Report,
) {
    let started = Instant::now();
    let mut cmd = cargo::build_command(root, "build");
    cmd.envs(loom_env(root))
        .args(["--keep-going", "--profile", LOOM_PROFILE]);
    for exercise in exercises {
        cmd.args(["-p", exercise.stub_package()])
            .args(["-p", &exercise.solution_package()]);
    }
    for (dir, _) in crates {
        cmd.arg("-p").arg(dir.file_name().unwrap_or_default());
    }
    // Every test target of these packages: `--test NAME` would have to exist
    // in each package named.
    cmd.arg("--tests");
    report.status("building the loom models…");
    let build = match cargo::build(cmd, |unit| {
        report.progress.set(&format!("building (loom) {unit}"))
    }) {
        Ok(build) => build,
        Err(err) => {
            report.fail("the loom build", &format!("could not run cargo: {err}"));
            return;
        }
    };
    if !build.errors.is_empty() || !build.success {
        let detail = if build.errors.is_empty() {
            build.cargo_stderr.clone()
        } else {
            build
                .errors
                .values()
                .map(|e| cargo::first_errors(e, 2))
                .collect::<Vec<_>>()
                .join("\n")
        };
        report.fail("the loom build", detail.trim());
    } else {
        report.pass(&format!(
            "the loom build ({})",
            ui::duration(started.elapsed())
        ));
    }
    for exercise in exercises {
        pairs::check(root, manifest, exercise, &build, &[], report, " (loom)");
    }
    for (dir, test) in crates {
        let what = format!(
            "{}: loom models in tests/{test}.rs",
            dir.file_name().unwrap_or_default().to_string_lossy()
        );
        let Some(exe) = build.find(dir, "test", test) else {
            report.fail(&what, "no test binary was built");
            continue;
        };
        report.status(&format!("running {what}…"));
        let started = Instant::now();
        let outcome = run_with_limit(std::process::Command::new(&exe.path), CRATE_TEST_LIMIT);
        match outcome {
            Outcome::Exited { success: true, .. } => {
                report.pass(&format!("{what} ({})", ui::duration(started.elapsed())))
            }
            other => report.fail(&what, &other.describe()),
        }
    }
}
