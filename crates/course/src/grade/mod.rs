//! `cargo course grade`: scores an instructor can trust.
//!
//! A submission is graded inside its own copy of a pristine copy of the
//! trusted course (the checkout the instructor runs from), into which only
//! the student-editable files are copied: `exercises/<name>/src/**`. The
//! pristine copy holds no reference solutions, known-wrong versions or
//! mutation settings. Everything else the student changed is reported as
//! tampering and never changes the score. Before the build, each
//! exercise's sources pass the capability check: what its course.toml
//! entry does not grant scores zero for that exercise. The build and each
//! test process run in the sandbox (bubblewrap and a cgroup per process
//! tree), in an allow-listed environment, under time, memory and process
//! limits; a pass is read from the harness's private channel only.
//!
//! - this file: the runner of one submission (copy, check, build, tests,
//!   scores);
//! - `copy`: the pristine copy, tree syncing and tampering;
//! - `capabilities`: the capability check;
//! - `env`: the allow-listed environment;
//! - `sandbox`: bubblewrap and the cgroups the builds and tests run in;
//! - `class`: class mode: unique ids, shards, merging shards;
//! - `report`: the report formats (table, JSON, JUnit, Markdown, Classroom,
//!   the class CSV).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::cargo::{self, Build};
use crate::manifest::{Exercise, Manifest};
use crate::runner::{self, Plan, Status};
use copy::copy_editable;
#[cfg(test)]
use copy::editable;
use sandbox::{Jail, Sandbox};
// Used by verify and mutants, which lay out trees the same way.
pub use copy::tampering;
#[allow(unused_imports)]
pub(crate) use copy::{files, ignored, sync_tree, write_if_changed};

pub mod capabilities;
pub mod class;
mod copy;
pub mod env;
pub mod report;
pub mod sandbox;
use crate::{ui, verify};

/// One submission's grade.
#[derive(Debug, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Serialize, Deserialize)]
pub struct ExerciseGrade {
    pub name: String,
    pub status: ExerciseStatus,
    pub message: Option<String>,
    pub score: f64,
    pub max_score: u32,
    pub tests: Vec<TestGrade>,
}

/// How a test ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Serialize, Deserialize)]
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
    /// The time one submission's build may take (compile-time loops end here).
    pub build_limit: Duration,
    pub sandbox: Sandbox,
    /// Only these exercises (all when empty).
    pub only: Vec<String>,
}

/// Where grading keeps its files, under the trusted root's target directory.
/// Nothing here is seen by a submission's code but its own copy, mounted
/// into its sandbox.
pub struct Workspace {
    /// The pristine grading copy of the course: no solutions, the stubs.
    pub dir: PathBuf,
    /// The trusted build of the pristine copy, inside the sandbox: each
    /// submission's build starts from a copy of it, so that dependencies
    /// compile once.
    pub base: PathBuf,
    /// What the sandbox makes for the base build (its `/etc`).
    pub base_work: PathBuf,
    /// The submissions' own copies and builds, each removed after grading.
    pub runs: PathBuf,
}

impl Workspace {
    pub fn new(root: &Path) -> Workspace {
        let grade = root.join("target/grade");
        Workspace {
            dir: grade.join("pristine"),
            base: grade.join("base"),
            base_work: grade.join("base-work"),
            runs: grade.join("submissions"),
        }
    }
}

/// What every submission of a run shares: the pristine copy, built.
pub struct Prepared {
    /// The test names of each exercise, listed from the trusted build.
    names: BTreeMap<String, Vec<String>>,
    /// The loom models' test names of each loom exercise.
    loom_names: BTreeMap<String, Vec<String>>,
}

/// The packages every build of a run builds, the same set each time: cargo
/// unifies dependencies' features over the packages it builds, so another
/// set would rebuild the dependencies.
fn all_packages(manifest: &Manifest, loom: bool) -> Vec<String> {
    let mut args = Vec::new();
    for exercise in manifest.exercises.iter().filter(|e| !loom || e.loom) {
        args.push("-p".to_owned());
        args.push(exercise.stub_package().to_owned());
    }
    args
}

/// Makes the pristine copy and its trusted build, in the sandbox.
pub fn prepare(
    root: &Path,
    manifest: &Manifest,
    workspace: &Workspace,
    settings: &Settings,
    progress: &mut ui::Progress,
) -> Result<Prepared, String> {
    progress.set("preparing the pristine copy of the course…");
    prepare_copy(root, &workspace.dir)?;
    fs::create_dir_all(&workspace.base)
        .map_err(|err| format!("could not make {}: {err}", workspace.base.display()))?;
    let jail = settings
        .sandbox
        .jail(&workspace.dir, &workspace.base, &workspace.base_work)?;
    progress.set("building the course's stubs and dependencies (once)…");
    // Trusted code only (the stubs and the course's dependencies): no time
    // limit but cargo's own.
    let build = build_in(&jail, manifest, false, None, progress)?;
    let loom = manifest
        .exercises
        .iter()
        .any(|e| e.loom)
        .then(|| build_in(&jail, manifest, true, None, progress))
        .transpose()?;
    progress.clear();
    // The trusted build compiles: an error here is the grading machine's
    // (a missing linker, a registry not fetched), not a student's.
    for build in std::iter::once(&build).chain(loom.as_ref()) {
        if let Some((dir, errors)) = build.errors.iter().next() {
            return Err(format!(
                "the course's own build fails in the sandbox, in {}:\n{}",
                dir.display(),
                cargo::first_errors(errors, 2)
            ));
        }
    }
    let mut names = BTreeMap::new();
    let mut loom_names = BTreeMap::new();
    for exercise in &manifest.exercises {
        let package_dir = jail.course_dir().join("exercises").join(&exercise.name);
        let list = |build: &Build| -> Result<Vec<String>, String> {
            if let Some(errors) = build.errors.get(&package_dir) {
                return Err(format!(
                    "the stub of {} does not compile:\n{}",
                    exercise.name,
                    cargo::first_errors(errors, 3)
                ));
            }
            let exe = build
                .find(&package_dir, "test", &exercise.name)
                .ok_or_else(|| {
                    format!(
                        "no graded test binary was built for {}; cargo said:\n{}",
                        exercise.name,
                        build.cargo_stderr.trim()
                    )
                })?;
            // The trusted build's binary: the stub and the graded tests.
            runner::list(&jail.outside(&exe.path))
        };
        names.insert(exercise.name.clone(), list(&build)?);
        if let Some(loom) = loom.as_ref().filter(|_| exercise.loom) {
            loom_names.insert(exercise.name.clone(), list(loom)?);
        }
    }
    Ok(Prepared { names, loom_names })
}

/// Builds every exercise (or every loom exercise, with `loom`) in `jail`.
fn build_in(
    jail: &Jail,
    manifest: &Manifest,
    loom: bool,
    limit: Option<Duration>,
    progress: &mut ui::Progress,
) -> Result<Build, String> {
    let mut args: Vec<String> = ["build", "--message-format=json", "--frozen"]
        .map(str::to_owned)
        .into();
    args.extend(["--tests", "--keep-going"].map(str::to_owned));
    let mut env = Vec::new();
    if loom {
        args.extend(["--profile".to_owned(), verify::LOOM_PROFILE.to_owned()]);
        env.push(("RUSTFLAGS".to_owned(), "--cfg loom".to_owned()));
        env.push((
            "CARGO_TARGET_DIR".to_owned(),
            jail.build_dir().join("loom").display().to_string(),
        ));
    }
    args.extend(all_packages(manifest, loom));
    let mut run = jail.cargo(&args, &env)?;
    let on_line = |unit: &str| progress.set(&format!("building {unit}…"));
    let build = match limit {
        Some(limit) => cargo::build_within(run.take_command(), limit, on_line),
        None => cargo::build(run.take_command(), on_line),
    }
    .map_err(|err| format!("could not run cargo: {err}"))?;
    drop(run);
    if !build.success && build.errors.is_empty() && !build.timed_out {
        return Err(format!(
            "cargo failed before compiling the submission:\n{}",
            build.cargo_stderr.trim()
        ));
    }
    Ok(build)
}

/// Grades the submission at `submission` against the trusted course at `root`.
#[allow(clippy::too_many_arguments)]
pub fn grade(
    root: &Path,
    manifest: &Manifest,
    prepared: &Prepared,
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

    progress.set(&format!("{student}: preparing its own copy of the course…"));
    let run = RunDir::new(&workspace.runs)?;
    copy_tree(&workspace.dir, &run.course)?;
    let mut tampering = tampering(root, submission, manifest);
    let mut missing = BTreeSet::new();
    let mut refused: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for exercise in &exercises {
        let from = submission
            .join("exercises")
            .join(&exercise.name)
            .join("src");
        let to = run
            .course
            .join("exercises")
            .join(&exercise.name)
            .join("src");
        if !from.is_dir() {
            // Graded as missing; the trusted stub keeps the workspace whole.
            missing.insert(exercise.name.clone());
            continue;
        }
        // The capability check, on the student's files: an exercise that uses
        // what it is not granted is neither built nor run (its stub is).
        let findings = capabilities::check(&from, &exercise.capabilities);
        if !findings.is_empty() {
            let sentences: Vec<String> = findings.iter().map(|f| f.sentence()).collect();
            for sentence in &sentences {
                tampering.push(format!(
                    "exercises/{}/{sentence} (the exercise scores zero)",
                    exercise.name
                ));
            }
            refused.insert(exercise.name.clone(), sentences);
            continue;
        }
        tampering.extend(
            copy_editable(&from, &to)
                .map_err(|err| format!("could not copy {}: {err}", from.display()))?,
        );
    }

    progress.set(&format!("{student}: its own build directory…"));
    copy_tree(&workspace.base, &run.build)?;
    let jail = std::sync::Arc::new(settings.sandbox.jail(&run.course, &run.build, &run.work)?);
    progress.set(&format!("{student}: building the submission…"));
    let build = build_in(&jail, manifest, false, Some(settings.build_limit), progress)?;
    let loom_build = if exercises.iter().any(|e| e.loom) {
        progress.set(&format!("{student}: building the loom models…"));
        Some(build_in(
            &jail,
            manifest,
            true,
            Some(settings.build_limit),
            progress,
        )?)
    } else {
        None
    };
    if build.timed_out || loom_build.as_ref().is_some_and(|b| b.timed_out) {
        tampering.push(format!(
            "the build was stopped after {}: code whose compilation does not end (a `const` \
             evaluated for ever?); what had not compiled by then scores zero",
            ui::duration(settings.build_limit)
        ));
    }

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
            let mut builds = vec![(
                "",
                &build,
                prepared
                    .names
                    .get(&exercise.name)
                    .cloned()
                    .unwrap_or_default(),
            )];
            if let Some(loom) = loom_build.as_ref().filter(|_| exercise.loom) {
                builds.push((
                    "loom: ",
                    loom,
                    prepared
                        .loom_names
                        .get(&exercise.name)
                        .cloned()
                        .unwrap_or_default(),
                ));
            }
            let (grade, notes) = grade_exercise(
                &jail,
                &workspace.dir,
                exercise,
                &builds,
                limit,
                deadline,
                &mut |text| progress.set(&format!("{student}: {text}")),
            );
            tampering.extend(notes);
            grade
        };
        graded.push(grade);
    }
    progress.clear();
    drop(jail);
    run.remove();
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

/// One submission's own files: its copy of the course, its build
/// directory, the sandbox's files. Fresh for each submission, removed after.
struct RunDir {
    top: PathBuf,
    course: PathBuf,
    build: PathBuf,
    work: PathBuf,
}

impl RunDir {
    fn new(runs: &Path) -> Result<RunDir, String> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let top = runs.join(format!(
            "{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        if top.exists() {
            fs::remove_dir_all(&top)
                .map_err(|err| format!("could not clear {}: {err}", top.display()))?;
        }
        fs::create_dir_all(&top)
            .map_err(|err| format!("could not make {}: {err}", top.display()))?;
        Ok(RunDir {
            course: top.join("course"),
            build: top.join("build"),
            work: top.join("work"),
            top,
        })
    }

    fn remove(&self) {
        let _ = fs::remove_dir_all(&self.top);
    }
}

impl Drop for RunDir {
    fn drop(&mut self) {
        self.remove();
    }
}

/// Copies the tree `from` to `to` (which must not exist yet) with its
/// files' times, so that cargo sees the copy as fresh as its original.
fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    let output = std::process::Command::new("cp")
        .args(["-a", "--reflink=auto"])
        .arg(from)
        .arg(to)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|err| format!("could not run cp: {err}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "could not copy {} to {}: {}",
            from.display(),
            to.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ))
    }
}

/// Makes `dir` the pristine grading copy of the trusted course at `root`:
/// everything but the editable files and what a student must not read (the
/// reference solutions above all), with a workspace manifest that does not
/// name them.
fn prepare_copy(root: &Path, dir: &Path) -> Result<(), String> {
    let fail = |err: String| format!("could not copy the course into {}: {err}", dir.display());
    let top = Path::new("Cargo.toml");
    let lock = Path::new("Cargo.lock");
    sync_tree(root, dir, &|f| !copy::hidden(f) && f != top && f != lock)
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
    write_if_changed(&dir.join(top), written.as_bytes()).map_err(|err| fail(err.to_string()))?;
    // The trusted lock file, without the packages the copy does not hold:
    // cargo drops them when it resolves the copy, offline, keeping every
    // version. Builds of submissions then run `--frozen`.
    // A course without a lock file gets one resolved offline, from the
    // registry the grader already has.
    let trusted_lock = match fs::read(root.join(lock)) {
        Ok(bytes) => Some(bytes),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
        Err(err) => return Err(fail(err.to_string())),
    };
    let source = trusted_lock.clone().unwrap_or_default();
    let pruned_marker = dir.join("target-lock-source");
    let same_source = fs::read(&pruned_marker).is_ok_and(|old| old == source);
    if !same_source || !dir.join(lock).exists() {
        match &trusted_lock {
            Some(bytes) => fs::write(dir.join(lock), bytes),
            None => fs::remove_file(dir.join(lock)).or_else(|err| {
                if err.kind() == std::io::ErrorKind::NotFound {
                    Ok(())
                } else {
                    Err(err)
                }
            }),
        }
        .map_err(|err| fail(err.to_string()))?;
        let output = cargo::command(dir, "metadata")
            .args(["--offline", "--format-version", "1"])
            .stdin(std::process::Stdio::null())
            .output()
            .map_err(|err| fail(format!("could not run cargo metadata: {err}")))?;
        if !output.status.success() {
            return Err(fail(format!(
                "cargo metadata failed:\n{}",
                String::from_utf8_lossy(&output.stderr).trim()
            )));
        }
        fs::write(&pruned_marker, &source).map_err(|err| fail(err.to_string()))?;
    }
    Ok(())
}

/// Runs one exercise's tests in `jail`; `builds` pairs a label prefix with
/// a build and the test names listed from the trusted build. Returns the
/// grade and what its test processes did that grading names.
fn grade_exercise(
    jail: &std::sync::Arc<Jail>,
    dir: &Path,
    exercise: &Exercise,
    builds: &[(&str, &Build, Vec<String>)],
    limit: Duration,
    deadline: Instant,
    status: &mut dyn FnMut(&str),
) -> (ExerciseGrade, Vec<String>) {
    let package_dir = jail.course_dir().join("exercises").join(&exercise.name);
    let mut outcomes: Vec<(String, Status, Duration)> = Vec::new();
    let mut not_run: Vec<String> = Vec::new();
    let mut notes = Vec::new();
    for (prefix, build, names) in builds {
        if let Some(errors) = build.errors.get(&package_dir) {
            let grade = not_gradable(
                dir,
                exercise,
                ExerciseStatus::DidNotCompile,
                cargo::first_errors(errors, 3),
            );
            return (grade, notes);
        }
        let Some(exe) = build.find(&package_dir, "test", &exercise.name) else {
            let why = if build.timed_out {
                "the build was stopped at its time limit before it built the graded tests"
            } else {
                "no graded test binary was built"
            };
            let grade = not_gradable(dir, exercise, ExerciseStatus::DidNotCompile, why.to_owned());
            return (grade, notes);
        };
        let plan = Plan {
            executable: exe.path.clone(),
            limit,
            env: vec![(
                "CARGO_MANIFEST_DIR".to_owned(),
                package_dir.display().to_string(),
            )],
            wrapper: Vec::new(),
            jail: Some(std::sync::Arc::clone(jail)),
        };
        for name in names {
            let label = format!("{prefix}{name}");
            if Instant::now() >= deadline {
                not_run.push(label);
                continue;
            }
            status(&format!("{} {label}", exercise.name));
            let result = runner::run_one(&plan, name);
            notes.extend(
                result
                    .notes
                    .iter()
                    .map(|note| format!("{}, test `{label}`: {note}", exercise.name)),
            );
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
    let grade = ExerciseGrade {
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
    };
    (grade, notes)
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
