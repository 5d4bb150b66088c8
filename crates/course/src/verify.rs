//! `cargo course verify`: the one command that proves the course sound.
//!
//! Each check prints one line, `ok` or `FAILED` with what to fix; a live
//! progress line shows what is running; the last line is `N passed, N failed`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::cargo::{self, Build};
use crate::manifest::{Exercise, Manifest};
use crate::process::{Outcome, run_with_limit};
use crate::runner::{self, Plan, Status, TestResult};
use crate::{api, book, golang, ui};

/// How long one of a topic crate's own test binaries may run.
const CRATE_TEST_LIMIT: Duration = Duration::from_secs(300);

/// The target directory for builds with `--cfg loom`, apart from the normal
/// one so that neither invalidates the other.
pub const LOOM_TARGET: &str = "target/loom";

/// The cargo profile for loom builds (defined in the workspace Cargo.toml).
pub const LOOM_PROFILE: &str = "loom";

/// The tally and the printer of results.
pub struct Report {
    passed: usize,
    failed: usize,
    skipped: Vec<String>,
    progress: ui::Progress,
}

impl Report {
    pub fn new() -> Report {
        Report {
            passed: 0,
            failed: 0,
            skipped: Vec::new(),
            progress: ui::Progress::new(),
        }
    }

    fn section(&mut self, title: &str) {
        self.progress.clear();
        println!("{}", ui::bold(title));
    }

    fn status(&mut self, text: &str) {
        self.progress.set(text);
    }

    fn pass(&mut self, what: &str) {
        self.progress.clear();
        self.passed += 1;
        println!("  {}      {what}", ui::green("ok"));
    }

    fn fail(&mut self, what: &str, detail: &str) {
        self.progress.clear();
        self.failed += 1;
        println!("  {}  {what}", ui::red("FAILED"));
        for line in detail.lines() {
            println!("          {line}");
        }
    }

    fn check(&mut self, what: &str, problems: &[String]) {
        if problems.is_empty() {
            self.pass(what);
        } else {
            self.fail(what, &problems.join("\n"));
        }
    }

    fn skip(&mut self, what: &str) {
        self.progress.clear();
        println!("  {}    {what}", ui::yellow("skip"));
        self.skipped.push(what.to_owned());
    }

    pub fn failed(&self) -> usize {
        self.failed
    }

    /// The closing line, which CI reads.
    pub fn finish(&mut self, started: Instant) {
        self.progress.clear();
        println!();
        for skipped in &self.skipped {
            println!("{} {skipped}", ui::yellow("skipped:"));
        }
        println!("verify took {}", ui::duration(started.elapsed()));
        println!("{} passed, {} failed", self.passed, self.failed);
    }
}

impl Default for Report {
    fn default() -> Self {
        Self::new()
    }
}

/// Runs every check; returns the report for its exit code.
pub fn run(root: &Path, manifest: &Manifest) -> Report {
    let started = Instant::now();
    let mut report = Report::new();

    report.section("The manifest, the files and the book agree");
    check_layout(root, manifest, &mut report);
    check_book_pages(root, manifest, &mut report);

    report.section("Stubs and solutions offer the same public items");
    for exercise in &manifest.exercises {
        let what = format!("{}: stub and solution signatures match", exercise.name);
        match (
            api::public_items(&exercise.solution_dir(root).join("src")),
            api::public_items(&exercise.stub_dir(root).join("src")),
        ) {
            (Ok(solution), Ok(stub)) => report.check(&what, &api::drift(&solution, &stub)),
            (Err(err), _) | (_, Err(err)) => report.fail(&what, &err),
        }
    }

    report.section("Everything compiles");
    let build = build_workspace(root, &mut report);

    report.section("Solutions pass every graded test; stubs earn zero");
    for exercise in &manifest.exercises {
        if let Some(build) = &build {
            grade_pair(root, manifest, exercise, build, &[], &mut report, "");
        }
    }
    let loom_exercises: Vec<&Exercise> = manifest.exercises.iter().filter(|e| e.loom).collect();
    let loom_crates = loom_crate_tests(root);
    if !loom_exercises.is_empty() || !loom_crates.is_empty() {
        report.section("Loom models (RUSTFLAGS=\"--cfg loom\", target/loom)");
        run_loom(root, manifest, &loom_exercises, &loom_crates, &mut report);
    }

    if let Some(build) = &build {
        report.section("The topic crates' own tests and examples");
        let outputs = run_crate_tests_and_examples(root, build, &mut report);
        report.section("Doc tests (documented examples, compile_fail ones included)");
        check_doc_tests(root, &mut report);
        report.section("The Go originals");
        check_go(root, &outputs, &mut report);
    }

    report.section("Lints and formatting");
    check_clippy(root, &mut report);
    check_fmt(root, &mut report);

    report.section("The book builds");
    let out = root.join("target/course/book");
    report.status("building the book with mdBook…");
    match book::build(root, &out) {
        Ok(()) => report.pass(&format!("the book builds ({})", out.display())),
        Err(err) => report.fail("the book builds", &err),
    }

    report.finish(started);
    report
}

fn check_layout(root: &Path, manifest: &Manifest, report: &mut Report) {
    for exercise in &manifest.exercises {
        let problems = layout_problems(root, manifest, exercise);
        report.check(
            &format!(
                "{}: stub, solution, graded tests, hint, points and chapter",
                exercise.name
            ),
            &problems,
        );
    }
    // Nothing on disk that the manifest does not know.
    let mut orphans = Vec::new();
    for (dir, strip) in [("exercises", ""), ("solutions", ""), ("tests", ".rs")] {
        let Ok(entries) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let file = entry.file_name().to_string_lossy().into_owned();
            let name = file.strip_suffix(strip).unwrap_or(&file);
            if manifest.exercise(name).is_err() {
                orphans.push(format!(
                    "{dir}/{file} belongs to no [[exercise]] in course.toml: add an entry or remove it"
                ));
            }
        }
    }
    report.check(
        "every exercise directory and test file is in course.toml",
        &orphans,
    );
    report.check(
        "program names ([[bin]]) are unique in the workspace",
        &duplicate_bins(root),
    );
    let stale_lock =
        crate::progress::Pristine::load(root) != crate::progress::Pristine::current(root, manifest);
    report.check(
        "stubs.lock records the stubs as they are",
        &if stale_lock {
            vec![
                "a stub changed since stubs.lock was written: run `cargo course lock-stubs` and commit stubs.lock"
                    .to_owned(),
            ]
        } else {
            vec![]
        },
    );
}

fn layout_problems(root: &Path, manifest: &Manifest, exercise: &Exercise) -> Vec<String> {
    let mut problems = Vec::new();
    let name = &exercise.name;
    let stub = package_manifest(&exercise.stub_dir(root), &mut problems);
    let solution = package_manifest(&exercise.solution_dir(root), &mut problems);
    let lib = exercise.lib_name();
    let test_path = format!("../../tests/{name}.rs");
    for (label, manifest_toml, package) in [
        ("exercises", &stub, exercise.stub_package().to_owned()),
        ("solutions", &solution, exercise.solution_package()),
    ] {
        let Some(toml) = manifest_toml else { continue };
        let get = |table: &str, key: &str| -> Option<String> {
            toml.get(table)?.get(key)?.as_str().map(str::to_owned)
        };
        if get("package", "name").as_deref() != Some(package.as_str()) {
            problems.push(format!(
                "{label}/{name}/Cargo.toml: the package must be named `{package}`"
            ));
        }
        if get("lib", "name").as_deref() != Some(lib.as_str()) {
            problems.push(format!(
                "{label}/{name}/Cargo.toml: [lib] name must be `{lib}`"
            ));
        }
        let graded = toml
            .get("test")
            .and_then(|t| t.as_array())
            .is_some_and(|tests| {
                tests.iter().any(|t| {
                    t.get("name").and_then(|n| n.as_str()) == Some(name.as_str())
                        && t.get("path").and_then(|p| p.as_str()) == Some(test_path.as_str())
                })
            });
        if !graded {
            problems.push(format!(
                "{label}/{name}/Cargo.toml needs [[test]] name = \"{name}\", path = \"{test_path}\""
            ));
        }
    }
    if let (Some(stub), Some(solution)) = (&stub, &solution) {
        for table in ["dependencies", "dev-dependencies", "target"] {
            if stub.get(table) != solution.get(table) {
                problems.push(format!(
                    "[{table}] differs between exercises/{name} and solutions/{name}: the stub must build against what the solution uses"
                ));
            }
        }
    }
    let stub_src = exercise.stub_dir(root).join("src/lib.rs");
    match fs::read_to_string(&stub_src) {
        Ok(text) if !text.contains("TODO") => problems.push(format!(
            "exercises/{name}/src/lib.rs has no `TODO` comment telling the learner what to do"
        )),
        Ok(_) => {}
        Err(_) => problems.push(format!("exercises/{name}/src/lib.rs is missing")),
    }
    if !exercise.solution_dir(root).join("src/lib.rs").is_file() {
        problems.push(format!("solutions/{name}/src/lib.rs is missing"));
    }
    match fs::read_to_string(exercise.tests_file(root)) {
        Ok(text) => problems.extend(graded_file_problems(name, &text)),
        Err(_) => problems.push(format!("tests/{name}.rs is missing")),
    }
    if let Some(chapter) = manifest.chapter(&exercise.chapter) {
        let command = format!("cargo test -p {name}");
        match fs::read_to_string(root.join(&chapter.file)) {
            Ok(text) if !text.contains(&command) => problems.push(format!(
                "{} does not show `{command}`",
                chapter.file.display()
            )),
            Ok(_) => {}
            Err(_) => problems.push(format!("the chapter {} is missing", chapter.file.display())),
        }
    }
    problems
}

/// `[[bin]]` names used by more than one package: cargo puts every program
/// in the same `target/debug/`, so a stub's program and its solution's
/// would overwrite each other and a test could run the wrong one.
fn duplicate_bins(root: &Path) -> Vec<String> {
    let mut owners: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for group in ["crates", "exercises", "solutions"] {
        let Ok(entries) = fs::read_dir(root.join(group)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let manifest = entry.path().join("Cargo.toml");
            let Some(table) = fs::read_to_string(&manifest)
                .ok()
                .and_then(|text| text.parse::<toml::Table>().ok())
            else {
                continue;
            };
            let bins = table.get("bin").and_then(|b| b.as_array());
            for bin in bins.into_iter().flatten() {
                if let Some(name) = bin.get("name").and_then(|n| n.as_str()) {
                    owners
                        .entry(name.to_owned())
                        .or_default()
                        .push(format!("{group}/{}", entry.file_name().to_string_lossy()));
                }
            }
        }
    }
    owners
        .into_iter()
        .filter(|(_, packages)| packages.len() > 1)
        .map(|(name, packages)| {
            format!(
                "the program `{name}` is defined by {}: give each its own name (e.g. `{name}-solution`)",
                packages.join(" and ")
            )
        })
        .collect()
}

/// Every test must sit inside `graded::tests!`, so that each has a limit.
fn graded_file_problems(name: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !text.contains("graded::tests!") {
        problems.push(format!(
            "tests/{name}.rs must declare its tests inside `graded::tests! {{ ... }}` (the watchdog)"
        ));
    }
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with("#[test]")
            || line.starts_with("#[tokio::test")
            || line.starts_with("#[ignore")
        {
            problems.push(format!(
                "tests/{name}.rs:{}: `{line}` outside the watchdog; write the test inside `graded::tests!`",
                index + 1
            ));
        }
    }
    problems
}

fn package_manifest(dir: &Path, problems: &mut Vec<String>) -> Option<toml::Table> {
    let path = dir.join("Cargo.toml");
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) => {
            problems.push(format!("{} is missing", path.display()));
            return None;
        }
    };
    match text.parse::<toml::Table>() {
        Ok(table) => Some(table),
        Err(err) => {
            problems.push(format!("{} is not valid TOML: {err}", path.display()));
            None
        }
    }
}

fn check_book_pages(root: &Path, manifest: &Manifest, report: &mut Report) {
    match book::summary_entries(root) {
        Ok(entries) => {
            let problems: Vec<String> = manifest
                .chapters
                .iter()
                .filter(|chapter| {
                    let relative = chapter
                        .file
                        .strip_prefix("book/src")
                        .unwrap_or(&chapter.file)
                        .to_string_lossy()
                        .into_owned();
                    !entries.contains(&relative)
                })
                .map(|chapter| {
                    format!(
                        "SUMMARY.md does not list {} (chapter `{}`)",
                        chapter.file.display(),
                        chapter.id
                    )
                })
                .collect();
            report.check("SUMMARY.md lists every chapter of course.toml", &problems);
        }
        Err(err) => report.fail("SUMMARY.md lists every chapter of course.toml", &err),
    }
    for chapter in &manifest.chapters {
        let heading = fs::read_to_string(root.join(&chapter.file))
            .ok()
            .and_then(|text| {
                text.lines()
                    .find_map(|l| l.strip_prefix("# ").map(|h| h.trim().to_owned()))
            });
        let problems = match heading {
            Some(h) if h == chapter.title => vec![],
            Some(h) => vec![format!(
                "{} is titled `{h}`; course.toml says `{}`",
                chapter.file.display(),
                chapter.title
            )],
            None => vec![format!("{} has no `# ` title", chapter.file.display())],
        };
        report.check(
            &format!("chapter `{}` has the title of course.toml", chapter.id),
            &problems,
        );
    }
    for page in book::pages(root) {
        let relative = page
            .strip_prefix(root)
            .unwrap_or(&page)
            .display()
            .to_string();
        report.check(
            &format!("{relative}: includes resolve, code is included, links land"),
            &book::check_page(&page),
        );
    }
}

fn build_workspace(root: &Path, report: &mut Report) -> Option<Build> {
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

/// Runs an exercise's graded tests against its solution (all must pass) and
/// its stub (all must fail).
fn grade_pair(
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

/// `crates/<topic>/tests/loom_*.rs`, as (crate directory, test name).
fn loom_crate_tests(root: &Path) -> Vec<(PathBuf, String)> {
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

fn run_loom(
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
        grade_pair(root, manifest, exercise, &build, &[], report, " (loom)");
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

/// Runs the topic crates' own test binaries and every example; returns the
/// examples' output by (topic directory, example name).
fn run_crate_tests_and_examples(
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
    outputs
}

fn check_doc_tests(root: &Path, report: &mut Report) {
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

fn check_go(root: &Path, outputs: &BTreeMap<(PathBuf, String), Outcome>, report: &mut Report) {
    let programs = golang::programs(root);
    // Every Go original has its port, whether or not Go is installed.
    for program in &programs {
        let dir = root.join("crates").join(&program.topic);
        let has_port = dir
            .join("examples")
            .join(format!("{}.rs", program.name))
            .is_file();
        report.check(
            &format!(
                "{}/go/{}: has its Rust port examples/{}.rs",
                program.topic, program.name, program.name
            ),
            &if has_port {
                vec![]
            } else {
                vec![format!(
                    "write crates/{}/examples/{}.rs",
                    program.topic, program.name
                )]
            },
        );
    }
    let Some(version) = golang::version() else {
        report.skip(&format!(
            "the Go side ({} programs): `go` is not on PATH. Install Go (Debian: apt-get install golang-go) to run the originals",
            programs.len()
        ));
        return;
    };
    println!("  {}", ui::dim(&version));
    for program in &programs {
        let what = format!("{}/go/{}", program.topic, program.name);
        report.status(&format!("go vet and go run {what}…"));
        let mut problems = golang::lint(program);
        let outcome = golang::run(program);
        match outcome.success_stdout() {
            None => problems.push(format!("go run: {}", outcome.describe())),
            Some(go_out) if !program.nondeterministic() => {
                let dir = root.join("crates").join(&program.topic);
                if let Some(rust) = outputs
                    .get(&(dir, program.name.clone()))
                    .and_then(Outcome::success_stdout)
                    && rust != go_out
                {
                    problems.push(format!(
                        "prints differently from its Rust port:\n{}",
                        first_difference(go_out, rust)
                    ));
                }
            }
            Some(_) => {}
        }
        let note = if program.nondeterministic() {
            "gofmt, vet and run (output nondeterministic)"
        } else {
            "gofmt, vet, run, same output as the Rust port"
        };
        report.check(&format!("{what}: {note}"), &problems);
    }
}

/// The first line where two outputs differ, for a readable report.
fn first_difference(go: &str, rust: &str) -> String {
    let go_lines: Vec<&str> = go.lines().collect();
    let rust_lines: Vec<&str> = rust.lines().collect();
    let line = (0..go_lines.len().max(rust_lines.len()))
        .find(|&i| go_lines.get(i) != rust_lines.get(i))
        .unwrap_or(0);
    format!(
        "line {}:\n  go:   {}\n  rust: {}",
        line + 1,
        go_lines.get(line).copied().unwrap_or("(no line)"),
        rust_lines.get(line).copied().unwrap_or("(no line)")
    )
}

fn check_clippy(root: &Path, report: &mut Report) {
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

fn check_fmt(root: &Path, report: &mut Report) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_test_attribute_in_a_graded_file_is_refused() {
        let text = "graded::tests! {\n fn a() {}\n}\n#[test]\nfn b() {}\n";
        let problems = graded_file_problems("x-1", text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("tests/x-1.rs:4"), "{problems:?}");
    }

    #[test]
    fn a_graded_file_without_the_watchdog_is_refused() {
        let problems = graded_file_problems("x-1", "fn a() {}");
        assert!(problems[0].contains("graded::tests!"), "{problems:?}");
    }

    #[test]
    fn the_first_differing_line_is_shown() {
        let diff = first_difference("a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(diff, "line 2:\n  go:   b\n  rust: B");
    }
}
