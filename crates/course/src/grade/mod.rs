//! `cargo course grade`: scores an instructor can trust.
//!
//! A submission is graded inside a pristine copy of the trusted course (the
//! checkout the instructor runs from) into which only the student-editable
//! files are copied: `exercises/<name>/src/**`. The copy holds no reference
//! solutions, known-wrong versions or mutation settings. Everything else the
//! student changed is reported as tampering and never changes the score.
//! Before the build, each exercise's sources pass the capability check: what
//! its course.toml entry does not grant scores zero for that exercise. The
//! build and each test run in an allow-listed environment; each test runs in
//! its own process under a time limit, a memory limit and, where the system
//! allows, without network.
//!
//! - this file: the runner of one submission (copy, check, build, tests,
//!   scores);
//! - `copy`: the pristine copy, tree syncing and tampering;
//! - `capabilities`: the capability check;
//! - `env`: the allow-listed environment;
//! - `sandbox`: the limits the test processes run under;
//! - `report`: the report formats (table, JSON, JUnit, Markdown, Classroom,
//!   the class CSV).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::cargo::{self, Build};
use crate::manifest::{Exercise, Manifest};
use crate::runner::{self, Plan, Status};
use crate::sandbox::Sandbox;
use copy::{copy_editable, editable};
// Used by verify and mutants, which lay out trees the same way.
pub use copy::tampering;
#[allow(unused_imports)]
pub(crate) use copy::{files, ignored, sync_tree, write_if_changed};

pub mod capabilities;
mod copy;
pub mod env;
pub mod report;
pub mod sandbox;
use crate::{ui, verify};

/// One submission's grade.
#[derive(Debug, Serialize)]
pub struct Grade {
    pub student: String,
    pub score: f64,
    pub max_score: u32,
    pub exercises: Vec<ExerciseGrade>,
    /// What the student changed outside the editable files.
    pub tampering: Vec<String>,
    pub elapsed_ms: u128,
}

/// How an exercise ended as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseStatus {
    Passed,
    Failed,
    DidNotCompile,
    Missing,
    NotRun,
    /// Not run: the submission uses what its exercise does not grant (see
    /// `capabilities`); it scores zero.
    Refused,
}

/// One exercise's grade.
#[derive(Debug, Serialize)]
pub struct ExerciseGrade {
    pub name: String,
    pub status: ExerciseStatus,
    pub message: Option<String>,
    pub score: f64,
    pub max_score: u32,
    pub tests: Vec<TestGrade>,
}

/// How a test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TestStatus {
    Passed,
    Failed,
    TimedOut,
    /// Not run: the exercise did not compile, or was missing.
    Error,
    /// Not run: the time budget ran out.
    NotRun,
}

/// One test's grade.
#[derive(Debug, Serialize)]
pub struct TestGrade {
    pub name: String,
    pub status: TestStatus,
    pub message: Option<String>,
    pub score: f64,
    pub max_score: f64,
    pub duration_ms: u128,
}

/// The settings of a grading run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The per-test limit, overriding course.toml.
    pub timeout: Option<Duration>,
    /// The time all of one submission's tests may take together.
    pub budget: Duration,
    pub sandbox: Sandbox,
    /// Only these exercises (all when empty).
    pub only: Vec<String>,
}

/// The working copy a submission is graded in, and the target directory
/// shared by every submission of a run.
pub struct Workspace {
    pub dir: PathBuf,
    pub target: PathBuf,
}

impl Workspace {
    /// The grading workspace under the trusted root's target directory, with
    /// a target directory of its own: cargo names a workspace's artifacts
    /// the same wherever the workspace lies, so sharing the course's own
    /// target directory would mix students' builds into the trusted one.
    /// Every submission of every run shares this one, so dependencies
    /// compile once.
    pub fn new(root: &Path) -> Workspace {
        Workspace {
            dir: root.join("target/course/grade/workspace"),
            target: root.join("target/grade"),
        }
    }
}

/// Grades the submission at `submission` against the trusted course at `root`.
pub fn grade(
    root: &Path,
    manifest: &Manifest,
    submission: &Path,
    student: &str,
    workspace: &Workspace,
    settings: &Settings,
    progress: &mut ui::Progress,
) -> Result<Grade, String> {
    let started = Instant::now();
    let exercises: Vec<&Exercise> = manifest
        .exercises
        .iter()
        .filter(|e| settings.only.is_empty() || settings.only.contains(&e.name))
        .collect();

    progress.set(&format!(
        "{student}: preparing a pristine copy of the course…"
    ));
    prepare_copy(root, &workspace.dir, manifest)?;
    let mut tampering = tampering(root, submission, manifest);
    let mut missing = BTreeSet::new();
    for exercise in &exercises {
        let from = submission
            .join("exercises")
            .join(&exercise.name)
            .join("src");
        let to = workspace
            .dir
            .join("exercises")
            .join(&exercise.name)
            .join("src");
        let copied = if from.is_dir() {
            copy_editable(&from, &to)
        } else {
            // Graded as missing; the trusted stub keeps the workspace whole.
            missing.insert(exercise.name.clone());
            copy_editable(&exercise.stub_dir(root).join("src"), &to)
        };
        tampering
            .extend(copied.map_err(|err| format!("could not copy {}: {err}", from.display()))?);
    }
    // The capability check, on what was copied: an exercise that uses what it
    // is not granted is neither built nor run.
    let mut refused: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for exercise in &exercises {
        if missing.contains(&exercise.name) {
            continue;
        }
        let src = workspace
            .dir
            .join("exercises")
            .join(&exercise.name)
            .join("src");
        let findings = capabilities::check(&src, &exercise.capabilities);
        if !findings.is_empty() {
            let sentences: Vec<String> = findings.iter().map(|f| f.sentence()).collect();
            for sentence in &sentences {
                tampering.push(format!(
                    "exercises/{}/{sentence} (the exercise scores zero)",
                    exercise.name
                ));
            }
            refused.insert(exercise.name.clone(), sentences);
        }
    }

    // One build for every exercise: dependencies compile once, and a broken
    // exercise does not stop the others (--keep-going).
    progress.set(&format!("{student}: building the submission…"));
    let packages: Vec<&Exercise> = exercises
        .iter()
        .copied()
        .filter(|e| !missing.contains(&e.name) && !refused.contains_key(&e.name))
        .collect();
    let build = if packages.is_empty() {
        Build::default()
    } else {
        build_exercises(&workspace.dir, &workspace.target, &packages, &[], progress)?
    };
    let loom_packages: Vec<&Exercise> = packages.iter().copied().filter(|e| e.loom).collect();
    let loom_build = if loom_packages.is_empty() {
        None
    } else {
        progress.set(&format!("{student}: building the loom models…"));
        let env = verify::loom_env(&workspace.dir);
        let target = workspace.target.join("loom");
        Some(build_exercises(
            &workspace.dir,
            &target,
            &loom_packages,
            &env,
            progress,
        )?)
    };

    let deadline = started + settings.budget;
    let mut graded = Vec::new();
    for exercise in &exercises {
        let limit = settings
            .timeout
            .unwrap_or_else(|| exercise.timeout(&manifest.course));
        let grade = if let Some(sentences) = refused.get(&exercise.name) {
            not_gradable(
                &workspace.dir,
                exercise,
                ExerciseStatus::Refused,
                format!(
                    "refused: the submission uses what this exercise does not grant:\n{}",
                    sentences.join("\n")
                ),
            )
        } else if missing.contains(&exercise.name) {
            not_gradable(
                &workspace.dir,
                exercise,
                ExerciseStatus::Missing,
                format!("exercises/{}/src is not in the submission", exercise.name),
            )
        } else {
            grade_exercise(
                &workspace.dir,
                exercise,
                &build,
                loom_build.as_ref(),
                limit,
                deadline,
                &settings.sandbox,
                &mut |text| progress.set(&format!("{student}: {text}")),
            )
        };
        graded.push(grade);
    }
    progress.clear();
    // A fold from +0.0: `sum` of no floats is -0.0, which prints as "-0".
    let score = round2(graded.iter().fold(0.0, |total, e| total + e.score));
    let max_score = graded.iter().map(|e| e.max_score).sum();
    Ok(Grade {
        student: student.to_owned(),
        score,
        max_score,
        exercises: graded,
        tampering,
        elapsed_ms: started.elapsed().as_millis(),
    })
}

/// Makes `dir` the pristine grading copy of the trusted course at `root`:
/// everything but the editable files and what a student must not read (the
/// reference solutions above all), with a workspace manifest that does not
/// name them.
fn prepare_copy(root: &Path, dir: &Path, manifest: &Manifest) -> Result<(), String> {
    let fail = |err: String| format!("could not copy the course into {}: {err}", dir.display());
    let top = Path::new("Cargo.toml");
    sync_tree(root, dir, &|f| {
        !editable(f, manifest) && !copy::hidden(f) && f != top
    })
    .map_err(|err| fail(err.to_string()))?;
    // Left by an older grading copy, or planted: never in reach.
    for hidden in copy::HIDDEN {
        let path = dir.join(hidden);
        let gone = if path.is_dir() {
            fs::remove_dir_all(&path)
        } else if fs::symlink_metadata(&path).is_ok() {
            fs::remove_file(&path)
        } else {
            Ok(())
        };
        gone.map_err(|err| fail(format!("{}: {err}", path.display())))?;
    }
    let trusted = fs::read_to_string(root.join(top)).map_err(|err| fail(err.to_string()))?;
    let written = copy::grading_manifest(&trusted).map_err(fail)?;
    write_if_changed(&dir.join(top), written.as_bytes()).map_err(|err| fail(err.to_string()))
}

fn build_exercises(
    dir: &Path,
    target: &Path,
    exercises: &[&Exercise],
    env: &[(String, String)],
    progress: &mut ui::Progress,
) -> Result<Build, String> {
    let mut cmd = cargo::build_command(dir, "build");
    // The allowed environment alone: build scripts and proc macros of the
    // course's dependencies run here, and so do the student's `env!` reads
    // (refused by the capability check, and empty of secrets anyway).
    cmd.env_clear()
        .envs(env::allowed())
        .env("CARGO_TERM_COLOR", "never");
    cmd.args(["--tests", "--keep-going"])
        .env("CARGO_TARGET_DIR", target)
        .envs(env.iter().map(|(k, v)| (k, v)));
    if !env.is_empty() {
        cmd.args(["--profile", verify::LOOM_PROFILE]);
    }
    for exercise in exercises {
        cmd.args(["-p", exercise.stub_package()]);
    }
    let build = cargo::build(cmd, |unit| progress.set(&format!("building {unit}…")))
        .map_err(|err| format!("could not run cargo: {err}"))?;
    if !build.success && build.errors.is_empty() {
        return Err(format!(
            "cargo failed before compiling the submission:\n{}",
            build.cargo_stderr.trim()
        ));
    }
    Ok(build)
}

#[allow(clippy::too_many_arguments)]
fn grade_exercise(
    dir: &Path,
    exercise: &Exercise,
    build: &Build,
    loom_build: Option<&Build>,
    limit: Duration,
    deadline: Instant,
    sandbox: &Sandbox,
    status: &mut dyn FnMut(&str),
) -> ExerciseGrade {
    let package_dir = dir.join("exercises").join(&exercise.name);
    let mut builds = vec![("", build)];
    if let Some(loom) = loom_build.filter(|_| exercise.loom) {
        builds.push(("loom: ", loom));
    }
    let mut outcomes: Vec<(String, Status, Duration)> = Vec::new();
    let mut not_run: Vec<String> = Vec::new();
    for (prefix, build) in builds {
        if let Some(errors) = build.errors.get(&package_dir) {
            return not_gradable(
                dir,
                exercise,
                ExerciseStatus::DidNotCompile,
                cargo::first_errors(errors, 3),
            );
        }
        let Some(exe) = build.find(&package_dir, "test", &exercise.name) else {
            return not_gradable(
                dir,
                exercise,
                ExerciseStatus::DidNotCompile,
                "no graded test binary was built".to_owned(),
            );
        };
        let names = match runner::list(&exe.path) {
            Ok(names) => names,
            Err(err) => return not_gradable(dir, exercise, ExerciseStatus::DidNotCompile, err),
        };
        let plan = Plan {
            executable: exe.path.clone(),
            limit,
            env: Vec::new(),
            wrapper: env::wrapper(limit)
                .into_iter()
                .chain(sandbox.wrapper())
                .collect(),
        };
        for name in names {
            let label = format!("{prefix}{name}");
            if Instant::now() >= deadline {
                not_run.push(label);
                continue;
            }
            status(&format!("{} {label}", exercise.name));
            let result = runner::run_one(&plan, &name);
            outcomes.push((label, result.status, result.elapsed));
        }
    }
    let total_weight: u32 = outcomes
        .iter()
        .map(|(n, _, _)| n.as_str())
        .chain(not_run.iter().map(String::as_str))
        .map(|n| exercise.weight(strip_prefix(n)))
        .sum();
    let share = |name: &str| {
        if total_weight == 0 {
            0.0
        } else {
            f64::from(exercise.points) * f64::from(exercise.weight(strip_prefix(name)))
                / f64::from(total_weight)
        }
    };
    let mut tests: Vec<TestGrade> = outcomes
        .into_iter()
        .map(|(name, status, elapsed)| {
            let max = share(&name);
            let (test_status, score) = match &status {
                Status::Passed => (TestStatus::Passed, max),
                Status::Failed(_) => (TestStatus::Failed, 0.0),
                Status::TimedOut(_) => (TestStatus::TimedOut, 0.0),
            };
            TestGrade {
                message: (!status.passed()).then(|| report::shown(&status.message())),
                name,
                status: test_status,
                score,
                max_score: max,
                duration_ms: elapsed.as_millis(),
            }
        })
        .collect();
    tests.extend(not_run.into_iter().map(|name| TestGrade {
        max_score: share(&name),
        name,
        status: TestStatus::NotRun,
        message: Some("not run: the grading time budget ran out".to_owned()),
        score: 0.0,
        duration_ms: 0,
    }));
    let score = round2(tests.iter().fold(0.0, |total, t| total + t.score));
    let status = if tests.iter().any(|t| t.status == TestStatus::NotRun) {
        ExerciseStatus::NotRun
    } else if !tests.is_empty() && tests.iter().all(|t| t.status == TestStatus::Passed) {
        ExerciseStatus::Passed
    } else {
        ExerciseStatus::Failed
    };
    let timed_out = tests
        .iter()
        .filter(|t| t.status == TestStatus::TimedOut)
        .count();
    ExerciseGrade {
        name: exercise.name.clone(),
        status,
        message: (timed_out > 0).then(|| {
            format!(
                "{timed_out} test(s) timed out after {}: a likely deadlock",
                ui::duration(limit)
            )
        }),
        score,
        max_score: exercise.points,
        tests,
    }
}

fn strip_prefix(name: &str) -> &str {
    name.strip_prefix("loom: ").unwrap_or(name)
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// An exercise that could not be run: every test scores zero, and says why.
fn not_gradable(
    dir: &Path,
    exercise: &Exercise,
    status: ExerciseStatus,
    message: String,
) -> ExerciseGrade {
    let names = fs::read_to_string(exercise.tests_file(dir))
        .map(|text| declared_tests(&text))
        .unwrap_or_default();
    let total: u32 = names.iter().map(|n| exercise.weight(n)).sum();
    let reason = match status {
        ExerciseStatus::Missing => "not run: the exercise is missing",
        ExerciseStatus::Refused => "not run: the submission uses what this exercise does not grant",
        _ => "not run: the exercise did not compile",
    };
    ExerciseGrade {
        name: exercise.name.clone(),
        status,
        message: Some(message),
        score: 0.0,
        max_score: exercise.points,
        tests: names
            .iter()
            .map(|name| TestGrade {
                name: name.clone(),
                status: TestStatus::Error,
                message: Some(reason.to_owned()),
                score: 0.0,
                max_score: if total == 0 {
                    0.0
                } else {
                    f64::from(exercise.points) * f64::from(exercise.weight(name)) / f64::from(total)
                },
                duration_ms: 0,
            })
            .collect(),
    }
}

/// The test names declared inside `graded::tests! { ... }` blocks, read from
/// the source (for reports on exercises that do not compile).
pub fn declared_tests(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("graded::tests!") {
        rest = &rest[start..];
        let Some(open) = rest.find('{') else { break };
        let mut depth = 0usize;
        let mut end = rest.len();
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let block = &rest[open + 1..end];
        let mut depth = 0usize;
        for line in block.lines() {
            let trimmed = line.trim_start();
            if depth == 0 {
                let sig = trimmed.strip_prefix("async ").unwrap_or(trimmed);
                if let Some(after) = sig.strip_prefix("fn ")
                    && let Some(name) = after.split('(').next()
                {
                    names.push(name.trim().to_owned());
                }
            }
            for c in line.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
        }
        rest = &rest[end..];
    }
    names
}

/// The student's name for a submission directory: its last component.
pub fn student_name(dir: &Path) -> String {
    dir.canonicalize()
        .ok()
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| dir.display().to_string())
}

/// The test statuses counted, for summaries.
pub fn counts(grade: &Grade) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for test in grade.exercises.iter().flat_map(|e| &e.tests) {
        let key = match test.status {
            TestStatus::Passed => "passed",
            TestStatus::Failed => "failed",
            TestStatus::TimedOut => "timed out",
            TestStatus::Error => "not compiled",
            TestStatus::NotRun => "not run",
        };
        *counts.entry(key).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_tests_are_read_from_the_macro_blocks() {
        let text = r#"
            use x::*;
            fn helper() {}
            graded::tests! {
                /// Doc.
                fn first() {
                    let f = || { fn inner() {} };
                }
                async fn second() {}
            }
            #[cfg(loom)]
            mod models {
                graded::tests! {
                    fn third() { if true { } }
                }
            }
        "#;
        assert_eq!(declared_tests(text), ["first", "second", "third"]);
    }

    #[test]
    fn only_exercise_sources_are_editable() {
        let manifest = Manifest::parse(
            r#"
            [course]
            title = "t"
            default_timeout_ms = 1000
            [[part]]
            id = "p"
            title = "P"
            [[chapter]]
            id = "c"
            part = "p"
            title = "C"
            file = "book/src/c.md"
            [[exercise]]
            name = "c-1"
            chapter = "c"
            points = 1
            hints = ["h"]
            "#,
        )
        .expect("manifest");
        assert!(editable(Path::new("exercises/c-1/src/lib.rs"), &manifest));
        assert!(editable(
            Path::new("exercises/c-1/src/deep/mod.rs"),
            &manifest
        ));
        assert!(!editable(Path::new("exercises/c-1/Cargo.toml"), &manifest));
        assert!(!editable(Path::new("exercises/c-1/build.rs"), &manifest));
        assert!(!editable(Path::new("exercises/c-9/src/lib.rs"), &manifest));
        assert!(!editable(Path::new("tests/c-1.rs"), &manifest));
    }
}
