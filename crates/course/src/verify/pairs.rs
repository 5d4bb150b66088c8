//! Invariant 3: every solution passes every graded test, and every untouched
//! stub earns zero.

use std::path::{Path, PathBuf};

use super::Report;
use crate::cargo::Build;
use crate::manifest::{Exercise, Manifest};
use crate::runner::{self, Plan, Status, TestResult};
use crate::ui;

/// Runs an exercise's graded tests against its solution (all must pass) and
/// its stub (all must fail).
#[allow(clippy::too_many_arguments)]
pub fn check(
    root: &Path,
    manifest: &Manifest,
    exercise: &Exercise,
    build: &Build,
    env: &[(String, String)],
    report: &mut Report,
    label: &str,
) {
    let name = &exercise.name;
    let limit = exercise.timeout(&manifest.course);
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
    let executable = |dir: PathBuf| build.find(&dir, "test", name).map(|e| e.path.clone());
    let (Some(solution), Some(stub)) = (
        executable(exercise.solution_dir(root)),
        executable(exercise.stub_dir(root)),
    ) else {
        report.fail(
            &format!("{name}{label}: graded tests"),
            "no graded test binary was built for the stub or the solution (see the build errors above)",
        );
        return;
    };
    let tests = match (runner::list(&solution), runner::list(&stub)) {
        (Ok(a), Ok(b)) if a == b && !a.is_empty() => a,
        (Ok(a), Ok(_)) if a.is_empty() => {
            report.fail(
                &format!("{name}{label}: graded tests"),
                "tests/{name}.rs declares no test",
            );
            return;
        }
        (Ok(_), Ok(_)) => {
            report.fail(
                &format!("{name}{label}: graded tests"),
                "the stub and the solution list different tests",
            );
            return;
        }
        (Err(err), _) | (_, Err(err)) => {
            report.fail(&format!("{name}{label}: graded tests"), &err);
            return;
        }
    };

    let run = |exe: PathBuf, who: &str, report: &mut Report| -> Vec<TestResult> {
        let plan = Plan {
            executable: exe,
            limit,
            env: env.to_vec(),
            wrapper: Vec::new(),
            jail: None,
        };
        let done = std::sync::atomic::AtomicUsize::new(0);
        let total = tests.len();
        let progress = std::sync::Mutex::new(&mut report.progress);
        runner::run_all(&plan, &tests, jobs, &|result| {
            let n = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            if let Ok(mut progress) = progress.lock() {
                progress.set(&format!("{who}{label} [{n}/{total}] {}", result.name));
            }
        })
    };

    let solution_results = run(solution, &exercise.solution_package(), report);
    let failures: Vec<String> = solution_results
        .iter()
        .filter(|r| !r.status.passed())
        .map(|r| format!("{} {}: {}", r.name, r.status.label(), r.status.message()))
        .collect();
    let slowest = solution_results
        .iter()
        .map(|r| r.elapsed)
        .max()
        .unwrap_or_default();
    report.check(
        &format!(
            "{}{label}: all {} graded tests pass (slowest {})",
            exercise.solution_package(),
            tests.len(),
            ui::duration(slowest)
        ),
        &failures,
    );

    let stub_results = run(stub, name, report);
    let free_points: Vec<String> = stub_results
        .iter()
        .filter(|r| r.status.passed() && !exercise.stub_may_pass(&r.name))
        .map(|r| {
            format!(
                "{} passes on the untouched stub: a graded test must fail until the exercise is solved \
                 (or list it under stub_may_pass in course.toml, with the reason)",
                r.name
            )
        })
        .collect();
    let timed_out = stub_results
        .iter()
        .filter(|r| matches!(r.status, Status::TimedOut(_)))
        .count();
    report.check(
        &format!(
            "{name}{label}: the stub earns zero ({} tests fail{})",
            stub_results.len() - free_points.len(),
            if timed_out > 0 {
                format!(", {timed_out} by time-out")
            } else {
                String::new()
            }
        ),
        &free_points,
    );
}
