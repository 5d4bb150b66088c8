//! `cargo course check [NAME]`: run an exercise's graded tests the way
//! grading does (one process per test, the same limits) and say briefly
//! how it went; the result is what the learner's progress is made of.

use std::path::Path;

use crate::cargo;
use crate::health::{self, Health};
use crate::manifest::{Exercise, Manifest};
use crate::progress::{Outcome, Record};
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
    /// It could not be built at all: its directory is missing or broken
    /// ([`Health`]), or cargo refused the workspace (what cargo said).
    Unbuildable(Unbuildable),
}

/// Why an exercise could not be built.
pub enum Unbuildable {
    /// Its own directory is missing or broken.
    Itself(Health),
    /// Cargo refused: its first lines, and the exercise whose manifest it
    /// blamed, if any (this one or another).
    Cargo {
        complaint: String,
        blamed: Option<String>,
    },
}

impl Checked {
    /// What the progress record keeps of it (nothing, when it could not be
    /// built).
    pub fn outcome(&self) -> Option<Outcome> {
        match self {
            Checked::Solved => Some(Outcome::Solved),
            Checked::Failing(results) => Some(Outcome::Failing {
                passed: results.iter().filter(|r| r.status.passed()).count(),
                total: results.len(),
            }),
            Checked::DoesNotCompile(_) => Some(Outcome::DoesNotCompile),
            Checked::Unbuildable(_) => None,
        }
    }
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
    let health = health::of(root, exercise);
    if !health.is_sound() {
        return Ok(Checked::Unbuildable(Unbuildable::Itself(health)));
    }
    let results = match build_and_run(root, manifest, exercise, false, progress)? {
        Built::Ran(results) => results,
        Built::DoesNotCompile(errors) => return Ok(Checked::DoesNotCompile(errors)),
        Built::Refused(why) => return Ok(Checked::Unbuildable(why)),
    };
    if results.is_empty() || !results.iter().all(|r| r.status.passed()) {
        return Ok(Checked::Failing(results));
    }
    if !exercise.loom {
        return Ok(Checked::Solved);
    }
    match build_and_run(root, manifest, exercise, true, progress)? {
        Built::Ran(models) if !models.is_empty() && models.iter().all(|r| r.status.passed()) => {
            Ok(Checked::Solved)
        }
        Built::Ran(models) => Ok(Checked::Failing(
            results
                .into_iter()
                .chain(models.into_iter().map(|mut m| {
                    m.name = format!("{} (loom)", m.name);
                    m
                }))
                .collect(),
        )),
        Built::DoesNotCompile(errors) => Ok(Checked::DoesNotCompile(format!(
            "(under --cfg loom, for the loom models)\n{errors}"
        ))),
        Built::Refused(why) => Ok(Checked::Unbuildable(why)),
    }
}

/// What building the graded tests gave.
enum Built {
    /// They built and ran: each test's result.
    Ran(Vec<TestResult>),
    /// The first compiler errors.
    DoesNotCompile(String),
    /// Cargo built nothing: it refused the workspace or the package.
    Refused(Unbuildable),
}

/// Builds the graded test binary (under loom: with `--cfg loom` in
/// `target/loom`) and runs each test in its own process.
fn build_and_run(
    root: &Path,
    manifest: &Manifest,
    exercise: &Exercise,
    loom: bool,
    progress: &mut ui::Progress,
) -> Result<Built, String> {
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
        return Ok(Built::DoesNotCompile(cargo::first_errors(errors, 2)));
    }
    let Some(exe) = build.find(&exercise.stub_dir(root), "test", &exercise.name) else {
        return Ok(Built::Refused(Unbuildable::Cargo {
            complaint: health::cargo_complaint(&build.cargo_stderr),
            blamed: health::blamed(manifest, &build.cargo_stderr).map(|e| e.name.clone()),
        }));
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
    Ok(Built::Ran(runner::run_all(
        &plan,
        &tests,
        jobs,
        &|result| {
            if let Ok(mut p) = progress.lock() {
                p.set(&format!(
                    "{}{label}: {} {}",
                    exercise.name,
                    result.name,
                    result.status.label()
                ));
            }
        },
    )))
}

/// `cargo course check`: one exercise, or all of them in order; ends, for
/// all, with how many are solved, failing and not compiling.
pub fn run(root: &Path, manifest: &Manifest, name: Option<&str>) -> Result<bool, String> {
    let exercises: Vec<&Exercise> = match name {
        Some(name) => vec![manifest.exercise(name)?],
        None => manifest.exercises.iter().collect(),
    };
    let mut record = Record::load(root);
    let mut progress = ui::Progress::new();
    // An exercise whose manifest stops cargo stops every build: it is named
    // once, the others are not built in vain.
    let mut blocker: Option<String> = manifest
        .exercises
        .iter()
        .find(|e| health::of(root, e).blocks_workspace())
        .map(|e| e.name.clone());
    let mut tally = Tally::default();
    for exercise in exercises {
        let checked = match &blocker {
            Some(other) if *other != exercise.name && health::of(root, exercise).is_sound() => {
                Checked::Unbuildable(Unbuildable::Cargo {
                    complaint: String::new(),
                    blamed: Some(other.clone()),
                })
            }
            _ => check(root, manifest, exercise, &mut progress)?,
        };
        progress.clear();
        if let Some(outcome) = checked.outcome() {
            record.set(root, exercise, outcome);
        }
        if let Checked::Unbuildable(Unbuildable::Cargo {
            blamed: Some(other),
            ..
        }) = &checked
        {
            blocker = Some(other.clone());
        }
        tally.count(exercise, &checked);
        print(exercise, &checked);
    }
    if let Err(err) = record.save(root) {
        eprintln!(
            "{} could not save your progress: {err}",
            ui::yellow("warning:")
        );
    }
    if name.is_none() {
        println!();
        println!("{}", tally.summary());
    }
    Ok(tally.solved == tally.checked())
}

/// How a check of every exercise went, by kind of result.
#[derive(Debug, Default)]
struct Tally {
    solved: usize,
    failing: usize,
    not_compiling: usize,
    broken: usize,
    not_checked: usize,
}

impl Tally {
    fn count(&mut self, exercise: &Exercise, checked: &Checked) {
        match checked {
            Checked::Solved => self.solved += 1,
            Checked::Failing(_) => self.failing += 1,
            Checked::DoesNotCompile(_) => self.not_compiling += 1,
            Checked::Unbuildable(Unbuildable::Cargo {
                blamed: Some(other),
                ..
            }) if *other != exercise.name => self.not_checked += 1,
            Checked::Unbuildable(_) => self.broken += 1,
        }
    }

    fn checked(&self) -> usize {
        self.solved + self.failing + self.not_compiling + self.broken + self.not_checked
    }

    /// `N solved, N failing, N not compiling`, and the broken and unchecked
    /// ones when there are any.
    fn summary(&self) -> String {
        let mut parts = vec![
            format!("{} solved", self.solved),
            format!("{} failing", self.failing),
            format!("{} not compiling", self.not_compiling),
        ];
        if self.broken > 0 {
            parts.push(format!("{} missing or broken", self.broken));
        }
        if self.not_checked > 0 {
            parts.push(format!("{} not checked", self.not_checked));
        }
        parts.join(", ")
    }
}

/// `exercises/<name>/../../tests/<name>.rs` (where rustc saw the graded
/// tests from the exercise) as `tests/<name>.rs`.
fn tidy_paths(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = rest.find("exercises/") {
        let after = &rest[start + "exercises/".len()..];
        match after.find("/../../") {
            Some(slash) if !after[..slash].contains(['/', ' ']) => {
                out.push_str(&rest[..start]);
                rest = &after[slash + "/../../".len()..];
            }
            _ => {
                out.push_str(&rest[..start + "exercises/".len()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Prints a check's result: a line, and the first failure in full.
pub fn print(exercise: &Exercise, checked: &Checked) {
    let name = &exercise.name;
    match checked {
        Checked::Solved => println!(
            "{} {name}: every graded test passes{}",
            ui::green("✓"),
            if exercise.loom {
                ", the loom models included"
            } else {
                ""
            }
        ),
        Checked::DoesNotCompile(errors) => {
            println!("{} {name}: does not compile", ui::red("✗"));
            println!("{errors}");
        }
        Checked::Unbuildable(Unbuildable::Itself(health)) => {
            let what = if *health == Health::Missing {
                "missing"
            } else {
                "broken"
            };
            println!(
                "{} {name}: {what}: {}",
                ui::red("!"),
                health.problem(exercise)
            );
            println!(
                "  repair it: {}",
                ui::bold(&health::repair_command(exercise))
            );
            if health.blocks_workspace() {
                println!(
                    "  {}",
                    ui::dim(
                        "until then cargo refuses every command in this workspace, \
                         `cargo test -p` of any exercise included"
                    )
                );
            }
        }
        Checked::Unbuildable(Unbuildable::Cargo { complaint, blamed }) => match blamed {
            Some(other) if other != name => println!(
                "{} {name}: not checked: cargo refuses this workspace while exercises/{other} \
                 is broken; repair it: {}",
                ui::yellow("·"),
                ui::bold(&format!("cargo course reset {other}"))
            ),
            Some(_) => {
                println!(
                    "{} {name}: broken: cargo cannot load exercises/{name}/Cargo.toml:",
                    ui::red("!")
                );
                for line in complaint.lines() {
                    println!("    {line}");
                }
                println!(
                    "  repair it: {}",
                    ui::bold(&health::repair_command(exercise))
                );
            }
            None => {
                println!("{} {name}: cargo could not build it:", ui::red("✗"));
                for line in complaint.lines() {
                    println!("    {line}");
                }
            }
        },
        Checked::Failing(results) => {
            let passed = results.iter().filter(|r| r.status.passed()).count();
            println!(
                "{} {name}: {passed}/{} graded tests pass",
                ui::red("✗"),
                results.len()
            );
            if let Some(first) = results.iter().find(|r| !r.status.passed()) {
                println!(
                    "  first failure: {} ({})",
                    ui::bold(&first.name),
                    first.status.label()
                );
                for line in first.status.message().lines() {
                    println!("    {}", tidy_paths(line));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_through_the_exercise_to_the_tests_are_tidied() {
        assert_eq!(
            tidy_paths("panicked at exercises/e-1/../../tests/e-1.rs:5:9:"),
            "panicked at tests/e-1.rs:5:9:"
        );
        assert_eq!(
            tidy_paths("at exercises/e-1/src/lib.rs:3:5"),
            "at exercises/e-1/src/lib.rs:3:5"
        );
    }
}
