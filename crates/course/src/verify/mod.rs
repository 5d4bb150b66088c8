//! `cargo course verify`: the one command that proves the course sound.
//!
//! Each check prints one line, `ok` or `FAILED` with what to fix; a live
//! progress line shows what is running; the last line is `N passed, N failed`.
//!
//! One file per invariant, in the order CONTRIBUTING.md lists them:
//!
//! 1. [`layout`]: the manifest, the files and the book agree;
//! 2. [`api_drift`]: stubs and solutions offer the same public items;
//! 3. [`pairs`]: every solution passes every graded test, every stub earns zero
//!    (after [`compiles`]: the whole workspace builds);
//! 4. [`known_wrong`]: the graded tests fail every known-wrong version, every time;
//! 5. [`mutants`]: `mutants.toml` is current and every exercise kills ≥ 90 % of
//!    its viable mutants, each survivor justified;
//! 6. [`loom`]: the loom models;
//! 7. [`crates`]: the topic crates' own tests, examples and doc tests;
//! 8. [`go_side`]: the Go originals run and print what their ports print;
//! 9. [`book`]: every code block included, every link landing, the book builds;
//! 10. [`lints`]: clippy `-D warnings` and rustfmt.

pub mod api_drift;
pub mod book;
pub mod browser;
pub mod compiles;
pub mod crates;
pub mod go_side;
pub mod known_wrong;
pub mod layout;
pub mod lints;
pub mod loom;
pub mod mutants;
pub mod outputs;
pub mod pairs;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::manifest::{Exercise, Manifest};
use crate::ui;

pub use loom::{LOOM_PROFILE, LOOM_TARGET, loom_env};

/// How long one of a topic crate's own test binaries may run.
const CRATE_TEST_LIMIT: Duration = Duration::from_secs(300);

/// What `cargo course verify` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Rerun every known-wrong version, even those whose result is recorded
    /// for the same sources (`verify --full`, what CI runs).
    pub full: bool,
}

/// The tally and the printer of results.
pub struct Report {
    passed: usize,
    failed: usize,
    skipped: Vec<String>,
    pub(crate) progress: ui::Progress,
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

    pub(crate) fn section(&mut self, title: &str) {
        self.progress.clear();
        println!("{}", ui::bold(title));
    }

    pub(crate) fn status(&mut self, text: &str) {
        self.progress.set(text);
    }

    pub(crate) fn pass(&mut self, what: &str) {
        self.progress.clear();
        self.passed += 1;
        println!("  {}      {what}", ui::green("ok"));
    }

    pub(crate) fn fail(&mut self, what: &str, detail: &str) {
        self.progress.clear();
        self.failed += 1;
        println!("  {}  {what}", ui::red("FAILED"));
        for line in detail.lines() {
            println!("          {line}");
        }
    }

    pub(crate) fn check(&mut self, what: &str, problems: &[String]) {
        if problems.is_empty() {
            self.pass(what);
        } else {
            self.fail(what, &problems.join("\n"));
        }
    }

    /// A line of detail under the last result.
    pub(crate) fn detail(&mut self, text: &str) {
        self.progress.clear();
        for line in text.lines() {
            println!("          {}", ui::dim(line));
        }
    }

    pub(crate) fn skip(&mut self, what: &str) {
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

/// Checks one page of the book as verify would (includes, anchors, links,
/// every text block against the output it shows), and the compile_fail
/// files of the topic crate named like the page: a chapter author's quick
/// loop. Returns the report for its exit code.
pub fn page(root: &Path, page: &Path) -> Report {
    let started = Instant::now();
    let mut report = Report::new();
    let page: PathBuf = if page.is_absolute() {
        page.to_path_buf()
    } else {
        root.join(page)
    };
    let relative = page
        .strip_prefix(root)
        .unwrap_or(&page)
        .display()
        .to_string();
    report.section(&format!("The page {relative}"));
    if !page.is_file() {
        report.fail(
            &relative,
            "there is no such file; name a page under book/src/",
        );
        report.finish(started);
        return report;
    }
    let mut outputs = outputs::Outputs::new(root);
    let topic = page
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let crate_dir = root.join("crates").join(&topic);
    if crate_dir.join("compile_fail").is_dir() {
        outputs::check_compile_fail_in(root, &crate_dir, &mut outputs, &mut report);
    }
    book::check_one(root, &page, &mut outputs, &mut report);
    report.finish(started);
    report
}

/// Runs every check; returns the report for its exit code.
pub fn run(root: &Path, manifest: &Manifest, options: &Options) -> Report {
    let started = Instant::now();
    let mut report = Report::new();

    report.section("1. The manifest, the files and the book agree");
    layout::check(root, manifest, &mut report);

    report.section("2. Stubs and solutions offer the same public items");
    api_drift::check(root, manifest, &mut report);

    report.section("3. Everything compiles; solutions pass every graded test; stubs earn zero");
    let build = compiles::check(root, &mut report);
    if let Some(build) = &build {
        for exercise in &manifest.exercises {
            pairs::check(root, manifest, exercise, build, &[], &mut report, "");
        }
    }

    report.section("4. The graded tests fail every known-wrong version, every time");
    known_wrong::check(root, manifest, options, &mut report);

    report.section("5. Mutation testing: mutants.toml is current, ≥ 90 % of mutants killed");
    mutants::check(root, manifest, &mut report);

    let loom_exercises: Vec<&Exercise> = manifest.exercises.iter().filter(|e| e.loom).collect();
    let loom_crates = loom::crate_models(root);
    if !loom_exercises.is_empty() || !loom_crates.is_empty() {
        report.section("6. Loom models (RUSTFLAGS=\"--cfg loom\", target/loom)");
        loom::check(root, manifest, &loom_exercises, &loom_crates, &mut report);
    }

    let mut outputs = outputs::Outputs::new(root);
    if let Some(build) = &build {
        report
            .section("7. The topic crates' own tests, examples, doc tests and compile_fail files");
        let examples = crates::check(root, build, &mut report);
        for ((_, name), outcome) in &examples {
            outputs.add_example(name, outcome);
        }
        outputs::check_compile_fail(root, &mut outputs, &mut report);
        report.section("8. The Go originals");
        go_side::check(root, &examples, &mut outputs, &mut report);
    }

    report.section("9. The book");
    book::check(root, manifest, &mut outputs, &mut report);

    report.section("10. Lints and formatting");
    lints::check(root, &mut report);

    report.finish(started);
    report
}
