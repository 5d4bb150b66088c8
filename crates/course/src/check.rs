//! `cargo course check [NAME]`: run an exercise's graded tests the way
//! grading does (one process per test, the same limits) and say briefly
//! how it went; the result is what the learner's progress is made of.

use std::path::Path;

use crate::cargo;
use crate::manifest::{Exercise, Manifest};
use crate::progress::Record;
use crate::runner::{self, Plan, TestResult};
use crate::{ui, verify};

/// How one exercise's check ended.
pub enum Checked {
    /// Every graded test passed.
    Solved,
    /// Built, but some tests failed.
    Failing(Vec<TestResult>),
    /// The learner's code does not compile: the first errors.
    DoesNotCompile(String),
}

/// Builds and runs the graded tests of `exercise`'s stub (the learner's copy),
/// as grading does: for a loom exercise the loom models too, once the normal
/// tests pass, so that "solved" means full points.
pub fn check(
    root: &Path,
    manifest: &Manifest,
    exercise: &Exercise,
    progress: &mut ui::Progress,
) -> Result<Checked, String> {
    let results = match build_and_run(root, manifest, exercise, false, progress)? {
        Ok(results) => results,
        Err(errors) => return Ok(Checked::DoesNotCompile(errors)),
    };
    if results.is_empty() || !results.iter().all(|r| r.status.passed()) {
        return Ok(Checked::Failing(results));
    }
    if !exercise.loom {
        return Ok(Checked::Solved);
    }
    match build_and_run(root, manifest, exercise, true, progress)? {
        Ok(models) if !models.is_empty() && models.iter().all(|r| r.status.passed()) => {
            Ok(Checked::Solved)
        }
        Ok(models) => Ok(Checked::Failing(
            results
                .into_iter()
                .chain(models.into_iter().map(|mut m| {
                    m.name = format!("{} (loom)", m.name);
                    m
                }))
                .collect(),
        )),
        Err(errors) => Ok(Checked::DoesNotCompile(format!(
            "(under --cfg loom, for the loom models)\n{errors}"
        ))),
    }
}

/// Builds the graded test binary (under loom: with `--cfg loom` in
/// `target/loom`) and runs each test in its own process; the inner `Err`
/// holds the first compiler errors.
fn build_and_run(
    root: &Path,
    manifest: &Manifest,
    exercise: &Exercise,
    loom: bool,
    progress: &mut ui::Progress,
) -> Result<Result<Vec<TestResult>, String>, String> {
    let what = if loom {
        format!(
            "{}: the normal tests pass; building its loom models, as grading does (the first time takes a few minutes)",
            exercise.name
        )
    } else {
        format!("building {}", exercise.name)
    };
    progress.set(&format!("{what}…"));
    let mut cmd = cargo::build_command(root, "test");
    cmd.args([
        "-p",
        exercise.stub_package(),
        "--test",
        &exercise.name,
        "--no-run",
    ]);
    if loom {
        cmd.envs(verify::loom_env(root))
            .args(["--profile", verify::LOOM_PROFILE]);
    }
    let build = cargo::build(cmd, |unit| progress.set(&format!("{what} ({unit})…")))
        .map_err(|err| format!("could not run cargo: {err}"))?;
    if let Some(errors) = build.errors.values().next() {
        return Ok(Err(cargo::first_errors(errors, 2)));
    }
    let Some(exe) = build.find(&exercise.stub_dir(root), "test", &exercise.name) else {
        return Err(format!(
            "cargo built no graded tests for {}:\n{}",
            exercise.name,
            build.cargo_stderr.trim()
        ));
    };
    let tests = runner::list(&exe.path)?;
    let plan = Plan {
        executable: exe.path.clone(),
        limit: exercise.timeout(&manifest.course),
        env: Vec::new(),
        wrapper: Vec::new(),
        jail: None,
    };
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
    let label = if loom { " (loom)" } else { "" };
    let progress = std::sync::Mutex::new(progress);
    Ok(Ok(runner::run_all(&plan, &tests, jobs, &|result| {
        if let Ok(mut p) = progress.lock() {
            p.set(&format!(
                "{}{label}: {} {}",
                exercise.name,
                result.name,
                result.status.label()
            ));
        }
    })))
}

/// `cargo course check`: one exercise, or all of them in order.
pub fn run(root: &Path, manifest: &Manifest, name: Option<&str>) -> Result<bool, String> {
    let exercises: Vec<&Exercise> = match name {
        Some(name) => vec![manifest.exercise(name)?],
        None => manifest.exercises.iter().collect(),
    };
    let mut record = Record::load(root);
    let mut progress = ui::Progress::new();
    let mut all_solved = true;
    for exercise in exercises {
        let checked = check(root, manifest, exercise, &mut progress)?;
        progress.clear();
        record.set(root, exercise, matches!(checked, Checked::Solved));
        all_solved &= matches!(checked, Checked::Solved);
        print(exercise, &checked);
    }
    if let Err(err) = record.save(root) {
        eprintln!(
            "{} could not save your progress: {err}",
            ui::yellow("warning:")
        );
    }
    Ok(all_solved)
}

/// Prints a check's result: a line, and the first failure in full.
pub fn print(exercise: &Exercise, checked: &Checked) {
    match checked {
        Checked::Solved => println!(
            "{} {}: every graded test passes{}",
            ui::green("✓"),
            exercise.name,
            if exercise.loom {
                ", the loom models included"
            } else {
                ""
            }
        ),
        Checked::DoesNotCompile(errors) => {
            println!("{} {}: does not compile", ui::red("✗"), exercise.name);
            println!("{errors}");
        }
        Checked::Failing(results) => {
            let passed = results.iter().filter(|r| r.status.passed()).count();
            println!(
                "{} {}: {passed}/{} graded tests pass",
                ui::red("✗"),
                exercise.name,
                results.len()
            );
            if let Some(first) = results.iter().find(|r| !r.status.passed()) {
                println!(
                    "  first failure: {} ({})",
                    ui::bold(&first.name),
                    first.status.label()
                );
                for line in first.status.message().lines() {
                    println!("    {line}");
                }
                println!(
                    "  {}",
                    ui::dim(&format!(
                        "full output: cargo test -p {}   hint: cargo course hint {}",
                        exercise.name, exercise.name
                    ))
                );
            }
        }
    }
}
