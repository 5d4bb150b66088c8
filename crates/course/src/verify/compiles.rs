//! Everything compiles: the whole workspace, stubs included, in one build
//! whose executables the later checks run.

use std::path::Path;
use std::time::Instant;

use super::Report;
use crate::cargo::{self, Build};
use crate::ui;

/// Builds every target of the workspace, stubs included; the build is what
/// the later checks run.
pub fn check(root: &Path, report: &mut Report) -> Option<Build> {
    report.status("building every crate, stub and solution (the first time takes a few minutes)…");
    let mut cmd = cargo::build_command(root, "build");
    cmd.args(["--workspace", "--all-targets", "--keep-going"]);
    let started = Instant::now();
    let mut progress_units = 0usize;
    let build = {
        let report_progress = &mut report.progress;
        cargo::build(cmd, |unit| {
            progress_units += 1;
            report_progress.set(&format!(
                "building [{progress_units} units, {}] {unit}",
                ui::duration(started.elapsed())
            ));
        })
    };
    match build {
        Ok(build) => {
            if build.errors.is_empty() && build.success {
                report.pass(&format!(
                    "the workspace builds, stubs included ({})",
                    ui::duration(started.elapsed())
                ));
            } else if build.errors.is_empty() {
                report.fail("the workspace builds", build.cargo_stderr.trim());
            } else {
                for (dir, errors) in &build.errors {
                    let relative = dir.strip_prefix(root).unwrap_or(dir);
                    report.fail(
                        &format!("{} compiles", relative.display()),
                        &cargo::first_errors(errors, 3),
                    );
                }
            }
            Some(build)
        }
        Err(err) => {
            report.fail(
                "the workspace builds",
                &format!("could not run cargo: {err}"),
            );
            None
        }
    }
}
