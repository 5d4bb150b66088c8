//! The book's output blocks and the compile_fail files: what the book says a
//! program prints, or what rustc says about code it refuses, is checked
//! against the program's or rustc's real output.
//!
//! Every ```` ```text ```` block of the book carries a marker on the line
//! before its fence that says where its lines come from:
//!
//! | marker | the block's lines must be |
//! |---|---|
//! | `<!-- output: EXAMPLE -->` | a contiguous run of the Rust example's stdout |
//! | `<!-- output: go PROGRAM -->` | a contiguous run of the Go program's stdout |
//! | `<!-- output: sample EXAMPLE -->` | a sample of a nondeterministic output: the lines of a run, in any order, numbers free |
//! | `<!-- output: sample go PROGRAM -->` | the same, for a Go program |
//! | `<!-- output: stderr EXAMPLE -->` | a contiguous run of the example's stderr |
//! | `<!-- output: test EXERCISE -->` | a contiguous run of what `cargo test -p EXERCISE` prints on the untouched stub |
//! | `<!-- compile-error: crates/T/compile_fail/F.rs -->` | lines of rustc's errors for that file, in order |
//! | `<!-- not-output -->` | not what a program prints (a tree, a diagram) |
//!
//! Each file `crates/<topic>/compile_fail/<file>.rs` starts with
//! `// compile_fail: E0xxx`, the one error code rustc reports for it (or,
//! for an error that has no code, its message).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::Report;
use crate::golang;
use crate::process::{Outcome, run_with_limit};

/// The header line of a compile_fail file.
pub const COMPILE_FAIL_HEADER: &str = "// compile_fail:";

/// Where the lines of a text block come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Example(String),
    Go(String),
    Sample(String),
    GoSample(String),
    /// What the example writes to stderr.
    Stderr(String),
    /// What `cargo test -p EXERCISE` prints on the untouched stub.
    Test(String),
    CompileError(String),
    NotOutput,
}

/// A text block and its marker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The line of its opening fence, from 1.
    pub line: usize,
    pub source: Source,
    pub body: Vec<String>,
}

/// Reads a marker comment: `Ok(None)` when the line is no marker.
fn marker(line: &str) -> Result<Option<Source>, String> {
    let Some(inner) = line
        .trim()
        .strip_prefix("<!--")
        .and_then(|l| l.strip_suffix("-->"))
    else {
        return Ok(None);
    };
    let inner = inner.trim();
    if inner == "not-output" {
        return Ok(Some(Source::NotOutput));
    }
    if let Some(file) = inner.strip_prefix("compile-error:") {
        return Ok(Some(Source::CompileError(file.trim().to_owned())));
    }
    let Some(what) = inner.strip_prefix("output:") else {
        return Ok(None);
    };
    let words: Vec<&str> = what.split_whitespace().collect();
    match words.as_slice() {
        [name] if !["go", "sample", "stderr", "test"].contains(name) => {
            Ok(Some(Source::Example((*name).to_owned())))
        }
        ["go", name] => Ok(Some(Source::Go((*name).to_owned()))),
        ["sample", name] if *name != "go" => Ok(Some(Source::Sample((*name).to_owned()))),
        ["sample", "go", name] => Ok(Some(Source::GoSample((*name).to_owned()))),
        ["stderr", name] => Ok(Some(Source::Stderr((*name).to_owned()))),
        ["test", name] => Ok(Some(Source::Test((*name).to_owned()))),
        _ => Err(format!(
            "`{}`: write `<!-- output: EXAMPLE -->`, `<!-- output: go PROGRAM -->`, \
             `<!-- output: sample EXAMPLE -->`, `<!-- output: sample go PROGRAM -->`, \
             `<!-- output: stderr EXAMPLE -->` or `<!-- output: test EXERCISE -->`",
            line.trim()
        )),
    }
}

/// The text blocks of a page with their markers, and the problems: a text
/// block without a marker, a marker that is not understood.
pub fn blocks(text: &str) -> (Vec<Block>, Vec<String>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let trimmed = lines[index].trim_start();
        if !trimmed.starts_with("```") {
            index += 1;
            continue;
        }
        let language = trimmed.trim_start_matches('`').trim();
        let start = index;
        index += 1;
        let mut body = Vec::new();
        while index < lines.len() && !lines[index].trim_start().starts_with("```") {
            body.push(lines[index].trim_end().to_owned());
            index += 1;
        }
        index += 1;
        if language != "text" {
            continue;
        }
        let previous = start.checked_sub(1).map(|i| lines[i]).unwrap_or("");
        match marker(previous) {
            Ok(Some(source)) => found.push(Block {
                line: start + 1,
                source,
                body,
            }),
            Ok(None) => problems.push(format!(
                "line {}: a ```text block without a marker on the line before it: say where \
                 its lines come from (`<!-- output: EXAMPLE -->`, `<!-- output: go PROGRAM -->`, \
                 `<!-- output: sample EXAMPLE -->`, `<!-- compile-error: FILE -->`) or \
                 `<!-- not-output -->`",
                start + 1
            )),
            Err(problem) => problems.push(format!("line {}: {problem}", start)),
        }
    }
    (found, problems)
}

/// Whether `wanted` is a contiguous run of `lines`.
fn contiguous(lines: &[&str], wanted: &[String]) -> bool {
    wanted.is_empty()
        || lines
            .windows(wanted.len())
            .any(|w| w.iter().zip(wanted).all(|(a, b)| a.trim_end() == b))
}

/// Whether every line of `wanted` is a line of `lines`, in order.
fn in_order(lines: &[&str], wanted: &[String]) -> bool {
    let mut rest = lines.iter();
    wanted
        .iter()
        .filter(|w| !w.trim().is_empty())
        .all(|w| rest.any(|l| l.trim_end() == w.trim_end()))
}

/// The real outputs the book's blocks are checked against, run on demand
/// and kept; verify fills them from its own runs first.
pub struct Outputs {
    root: PathBuf,
    examples: BTreeMap<String, Result<String, String>>,
    stderr: BTreeMap<String, String>,
    tests: BTreeMap<String, Result<String, String>>,
    go: BTreeMap<String, Result<String, String>>,
    rustc: BTreeMap<PathBuf, Result<String, String>>,
    externs: BTreeMap<String, Result<Externs, String>>,
    go_missing: Option<bool>,
    /// The text blocks checked, by what they were checked against.
    pub counts: BTreeMap<&'static str, usize>,
}

impl Outputs {
    pub fn new(root: &Path) -> Outputs {
        Outputs {
            root: root.to_path_buf(),
            examples: BTreeMap::new(),
            stderr: BTreeMap::new(),
            tests: BTreeMap::new(),
            go: BTreeMap::new(),
            rustc: BTreeMap::new(),
            externs: BTreeMap::new(),
            go_missing: None,
            counts: BTreeMap::new(),
        }
    }

    /// Records what an example printed (verify ran it already).
    pub fn add_example(&mut self, name: &str, outcome: &Outcome) {
        self.examples
            .insert(name.to_owned(), result_of(outcome, "the example"));
        if let Outcome::Exited { stderr, .. } = outcome {
            self.stderr.insert(name.to_owned(), stderr.clone());
        }
    }

    /// Records what a Go program printed (verify ran it already).
    pub fn add_go(&mut self, name: &str, outcome: &Outcome) {
        self.go
            .insert(name.to_owned(), result_of(outcome, "go run"));
    }

    /// The crate whose `examples/` holds `name`.
    fn example_crate(&self, name: &str) -> Option<String> {
        let crates = fs::read_dir(self.root.join("crates")).ok()?;
        crates.filter_map(Result::ok).find_map(|topic| {
            topic
                .path()
                .join("examples")
                .join(format!("{name}.rs"))
                .is_file()
                .then(|| topic.file_name().to_string_lossy().into_owned())
        })
    }

    fn example(&mut self, name: &str) -> &Result<String, String> {
        if !self.examples.contains_key(name) {
            let result = match self.example_crate(name) {
                None => Err(format!(
                    "there is no example `{name}` in crates/*/examples/"
                )),
                Some(topic) => {
                    let mut cmd = crate::cargo::command(&self.root, "run");
                    cmd.args(["-q", "-p", &topic, "--example", name]);
                    let outcome = run_with_limit(cmd, golang::RUN_LIMIT * 10);
                    if let Outcome::Exited { stderr, .. } = &outcome {
                        self.stderr.insert(name.to_owned(), stderr.clone());
                    }
                    result_of(&outcome, "cargo run --example")
                }
            };
            self.examples.insert(name.to_owned(), result);
        }
        &self.examples[name]
    }

    /// What the example wrote to stderr (it must have run).
    fn example_stderr(&mut self, name: &str) -> Result<String, String> {
        self.example(name).clone()?;
        Ok(self.stderr.get(name).cloned().unwrap_or_default())
    }

    /// What the graded tests print, stdout and stderr, on the exercise's
    /// untouched stub (they fail there, so a failure is what is shown).
    fn test(&mut self, exercise: &str) -> &Result<String, String> {
        if !self.tests.contains_key(exercise) {
            let stub = self.root.join("exercises").join(exercise);
            let result = if !stub.join("Cargo.toml").is_file() {
                Err(format!("there is no exercise exercises/{exercise}"))
            } else {
                let mut cmd = crate::cargo::command(&self.root, "test");
                cmd.args(["-q", "-p", exercise]);
                match run_with_limit(cmd, golang::RUN_LIMIT * 60) {
                    Outcome::Exited { stdout, stderr, .. } => Ok(format!("{stdout}{stderr}")),
                    other => Err(format!("cargo test -p {exercise}: {}", other.describe())),
                }
            };
            self.tests.insert(exercise.to_owned(), result);
        }
        &self.tests[exercise]
    }

    /// `None` when Go is not installed.
    fn go(&mut self, name: &str) -> Option<&Result<String, String>> {
        if !self.go.contains_key(name) {
            let missing = *self
                .go_missing
                .get_or_insert_with(|| golang::version().is_none());
            let program = golang::programs(&self.root)
                .into_iter()
                .find(|p| p.name == name);
            let result = match program {
                None => Err(format!("there is no Go program crates/*/go/{name}/main.go")),
                Some(_) if missing => return None,
                Some(program) => result_of(&golang::run(&program), "go run"),
            };
            self.go.insert(name.to_owned(), result);
        }
        self.go.get(name)
    }

    /// rustc's errors for a compile_fail file; `Err` when it compiled.
    pub fn rustc(&mut self, file: &Path) -> &Result<String, String> {
        if !self.rustc.contains_key(file) {
            let crate_dir = file.parent().and_then(Path::parent).unwrap_or(&self.root);
            let topic = crate_dir
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let externs = self
                .externs
                .entry(topic.clone())
                .or_insert_with(|| externs_of(&self.root, crate_dir, &topic));
            let result = match externs {
                Ok(externs) => compile(&self.root, file, externs),
                Err(err) => Err(err.clone()),
            };
            self.rustc.insert(file.to_path_buf(), result);
        }
        &self.rustc[file]
    }

    /// The problems of the text blocks of `page`; Go blocks are skipped
    /// (and counted in `skipped`) when Go is not installed.
    pub fn check_page(&mut self, page: &Path, skipped: &mut usize) -> Vec<String> {
        let Ok(text) = fs::read_to_string(page) else {
            return vec![format!("{} cannot be read", page.display())];
        };
        let (blocks, mut problems) = blocks(&text);
        for block in blocks {
            let kind = match &block.source {
                Source::NotOutput => "not output",
                Source::Example(_) | Source::Stderr(_) => "example outputs",
                Source::Go(_) => "Go outputs",
                Source::Sample(_) | Source::GoSample(_) => "samples",
                Source::Test(_) => "test outputs",
                Source::CompileError(_) => "rustc errors",
            };
            *self.counts.entry(kind).or_default() += 1;
            let at = format!("line {}", block.line);
            let problem = match &block.source {
                Source::NotOutput => None,
                Source::Example(name) => match self.example(name) {
                    Err(err) => Some(format!("{at}: example `{name}`: {err}")),
                    Ok(out) => mismatch(&at, &format!("example `{name}`"), out, &block.body),
                },
                Source::Sample(name) => match self.example(name) {
                    Err(err) => Some(format!("{at}: example `{name}`: {err}")),
                    Ok(out) => unlike(&at, &format!("example `{name}`"), out, &block.body),
                },
                Source::Stderr(name) => match self.example_stderr(name) {
                    Err(err) => Some(format!("{at}: example `{name}`: {err}")),
                    Ok(err) => mismatch(
                        &at,
                        &format!("the stderr of example `{name}`"),
                        &err,
                        &block.body,
                    ),
                },
                Source::Test(name) => match self.test(name) {
                    Err(err) => Some(format!("{at}: {err}")),
                    Ok(out) => mismatch(
                        &at,
                        &format!("`cargo test -p {name}` on the stub"),
                        out,
                        &block.body,
                    ),
                },
                Source::GoSample(name) => match self.go(name) {
                    None => {
                        *skipped += 1;
                        None
                    }
                    Some(Err(err)) => Some(format!("{at}: Go program `{name}`: {err}")),
                    Some(Ok(out)) => unlike(&at, &format!("Go program `{name}`"), out, &block.body),
                },
                Source::Go(name) => match self.go(name) {
                    None => {
                        *skipped += 1;
                        None
                    }
                    Some(Err(err)) => Some(format!("{at}: Go program `{name}`: {err}")),
                    Some(Ok(out)) => {
                        mismatch(&at, &format!("Go program `{name}`"), out, &block.body)
                    }
                },
                Source::CompileError(file) => {
                    let path = self.root.join(file);
                    match self.rustc(&path) {
                        Err(err) => Some(format!("{at}: {file}: {err}")),
                        Ok(errors) => {
                            let lines: Vec<&str> = errors.lines().collect();
                            (!in_order(&lines, &block.body)).then(|| {
                                format!(
                                    "{at}: rustc does not say this about {file}; it says:\n{}",
                                    first_lines(errors, 12)
                                )
                            })
                        }
                    }
                }
            };
            problems.extend(problem);
        }
        problems
    }
}

fn result_of(outcome: &Outcome, what: &str) -> Result<String, String> {
    outcome
        .success_stdout()
        .map(str::to_owned)
        .ok_or_else(|| format!("{what}: {}", outcome.describe()))
}

fn mismatch(at: &str, what: &str, out: &str, body: &[String]) -> Option<String> {
    let lines: Vec<&str> = out.lines().collect();
    (!contiguous(&lines, body)).then(|| {
        format!(
            "{at}: the block is not what {what} prints; it prints:\n{}",
            first_lines(out, 20)
        )
    })
}

/// A line with its numbers masked and its words sorted: what stays the same
/// from run to run of a nondeterministic program (a map's order, a winner).
/// A number is its digits with any decimal points between them, so that
/// `11 µs` and `7.368 µs` have one shape.
fn shape(line: &str) -> String {
    let mut words: Vec<String> = line
        .split_whitespace()
        .map(|word| {
            let mut shaped = String::new();
            let mut chars = word.chars().peekable();
            while let Some(c) = chars.next() {
                let decimal_point = c == '.'
                    && shaped.ends_with('#')
                    && chars.peek().is_some_and(char::is_ascii_digit);
                if c.is_ascii_digit() || decimal_point {
                    if !shaped.ends_with('#') {
                        shaped.push('#');
                    }
                } else {
                    shaped.push(c);
                }
            }
            shaped
        })
        .collect();
    words.sort();
    words.join(" ")
}

/// The problem with a sample of a nondeterministic output: it must hold the
/// lines of a real run, in any order, with any numbers and words in any order.
fn unlike(at: &str, what: &str, out: &str, body: &[String]) -> Option<String> {
    let mut real: Vec<String> = out.lines().map(shape).collect();
    let mut sample: Vec<String> = body.iter().map(|l| shape(l)).collect();
    real.sort();
    sample.sort();
    (real != sample).then(|| {
        format!(
            "{at}: the block is no sample of what {what} prints (its lines, in any order, \
             numbers free); one run printed:\n{}",
            first_lines(out, 12)
        )
    })
}

fn first_lines(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text.lines().take(count).collect();
    let more = text.lines().count().saturating_sub(count);
    let mut shown = lines.join("\n");
    if more > 0 {
        shown.push_str(&format!("\n… ({more} more lines)"));
    }
    shown
}

/// Compiles a compile_fail file as its crate's doc tests are compiled:
/// with rustc (edition 2024), the topic crate and its dependencies (dev ones
/// included) passed as `--extern`. Its error output, or `Err` when it
/// compiled or rustc could not run.
fn compile(root: &Path, file: &Path, externs: &Externs) -> Result<String, String> {
    let out_dir = root.join("target/course/compile_fail");
    fs::create_dir_all(&out_dir)
        .map_err(|err| format!("cannot create {}: {err}", out_dir.display()))?;
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let mut cmd = Command::new(&rustc);
    cmd.args([
        "--edition",
        "2024",
        "--crate-type",
        "bin",
        "--emit",
        "metadata",
    ])
    .args(["--color", "never", "-o"])
    .arg(out_dir.join(format!("{}-{stem}.rmeta", externs.topic)));
    for dir in &externs.search {
        cmd.arg("-L").arg(format!("dependency={}", dir.display()));
    }
    for (name, path) in &externs.crates {
        cmd.arg("--extern")
            .arg(format!("{name}={}", path.display()));
    }
    cmd.arg(file);
    match run_with_limit(cmd, golang::RUN_LIMIT) {
        Outcome::Exited { success: true, .. } => Err(
            "it compiles, but the book says that rustc refuses it: make it the code that fails"
                .to_owned(),
        ),
        Outcome::Exited { stderr, .. } => Ok(stderr),
        other => Err(format!("rustc: {}", other.describe())),
    }
}

/// What a compile_fail file of one topic crate may use: the crate itself and
/// its direct dependencies, as built by `cargo test --no-run`.
#[derive(Debug, Default)]
struct Externs {
    topic: String,
    crates: BTreeMap<String, PathBuf>,
    search: Vec<PathBuf>,
}

#[derive(serde::Deserialize)]
struct Artifact {
    reason: String,
    target: Option<ArtifactTarget>,
    #[serde(default)]
    filenames: Vec<PathBuf>,
    profile: Option<ArtifactProfile>,
}

#[derive(serde::Deserialize)]
struct ArtifactProfile {
    test: bool,
}

#[derive(serde::Deserialize)]
struct ArtifactTarget {
    name: String,
    kind: Vec<String>,
}

/// The crate names a topic's `Cargo.toml` depends on (normal, dev and
/// target-specific), with `-` read as `_`, and the topic's own.
fn dependency_names(crate_dir: &Path, topic: &str) -> Vec<String> {
    let mut names = vec![topic.replace('-', "_")];
    let Ok(text) = fs::read_to_string(crate_dir.join("Cargo.toml")) else {
        return names;
    };
    let Ok(manifest) = text.parse::<toml::Table>() else {
        return names;
    };
    let mut tables: Vec<&toml::Table> = Vec::new();
    for key in ["dependencies", "dev-dependencies"] {
        tables.extend(manifest.get(key).and_then(toml::Value::as_table));
    }
    if let Some(targets) = manifest.get("target").and_then(toml::Value::as_table) {
        for target in targets.values().filter_map(toml::Value::as_table) {
            for key in ["dependencies", "dev-dependencies"] {
                tables.extend(target.get(key).and_then(toml::Value::as_table));
            }
        }
    }
    names.extend(
        tables
            .iter()
            .flat_map(|table| table.keys())
            .map(|name| name.replace('-', "_")),
    );
    names
}

fn externs_of(root: &Path, crate_dir: &Path, topic: &str) -> Result<Externs, String> {
    let wanted = dependency_names(crate_dir, topic);
    let mut cmd = crate::cargo::command(root, "test");
    cmd.args(["--no-run", "-q", "--message-format=json", "-p", topic]);
    let Outcome::Exited {
        success: true,
        stdout,
        ..
    } = run_with_limit(cmd, golang::RUN_LIMIT * 60)
    else {
        return Err(format!(
            "`cargo test -p {topic} --no-run` failed: the crate must build before its \
             compile_fail files can be checked"
        ));
    };
    let mut externs = Externs {
        topic: topic.to_owned(),
        ..Externs::default()
    };
    for line in stdout.lines() {
        let Ok(artifact) = serde_json::from_str::<Artifact>(line) else {
            continue;
        };
        let Some(target) = artifact.target else {
            continue;
        };
        let is_lib = target
            .kind
            .iter()
            .any(|k| matches!(k.as_str(), "lib" | "rlib" | "proc-macro"));
        // The lib's unit-test binary has kind `lib` too: only the library.
        let is_test = artifact.profile.as_ref().is_some_and(|p| p.test);
        if artifact.reason != "compiler-artifact" || !is_lib || is_test {
            continue;
        }
        let name = target.name.replace('-', "_");
        let file = artifact
            .filenames
            .iter()
            .find(|f| f.extension().is_some_and(|e| e == "rlib" || e == "so"))
            .or_else(|| artifact.filenames.first());
        let Some(file) = file else { continue };
        if let Some(dir) = file.parent()
            && !externs.search.iter().any(|d| d == dir)
        {
            externs.search.push(dir.to_path_buf());
        }
        if wanted.contains(&name) {
            externs.crates.insert(name, file.clone());
        }
    }
    Ok(externs)
}

/// What rustc reports, in the header's terms: its error codes when the header
/// names a code (`E0382`), else its messages of errors that have no code
/// (`future cannot be sent between threads safely`).
fn reported(errors: &str, header: &str) -> Vec<String> {
    let is_code = header.len() == 5
        && header.starts_with('E')
        && header[1..].chars().all(|c| c.is_ascii_digit());
    if is_code {
        return error_codes(errors);
    }
    errors
        .lines()
        .filter_map(|line| line.strip_prefix("error: "))
        .filter(|message| !message.starts_with("aborting due to"))
        .map(str::to_owned)
        .collect()
}

/// The error codes in rustc's output, in order.
fn error_codes(errors: &str) -> Vec<String> {
    errors
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("error[")?;
            Some(rest.split(']').next()?.to_owned())
        })
        .collect()
}

/// Every `crates/*/compile_fail/*.rs`, sorted.
pub fn compile_fail_files(root: &Path) -> Vec<PathBuf> {
    let topics = fs::read_dir(root.join("crates"))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|topic| topic.path());
    files_in(topics)
}

fn files_in(topics: impl Iterator<Item = PathBuf>) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = topics
        .filter_map(|topic| fs::read_dir(topic.join("compile_fail")).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

/// Checks that each compile_fail file fails with the one error its header
/// names.
pub fn check_compile_fail(root: &Path, outputs: &mut Outputs, report: &mut Report) {
    check_files(root, compile_fail_files(root), outputs, report);
}

/// [`check_compile_fail`] for one topic crate.
pub fn check_compile_fail_in(
    root: &Path,
    crate_dir: &Path,
    outputs: &mut Outputs,
    report: &mut Report,
) {
    let files = files_in(std::iter::once(crate_dir.to_path_buf()));
    check_files(root, files, outputs, report);
}

fn check_files(root: &Path, files: Vec<PathBuf>, outputs: &mut Outputs, report: &mut Report) {
    for file in files {
        let relative = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        report.status(&format!("compiling {relative} (it must fail)…"));
        let header = fs::read_to_string(&file).ok().and_then(|text| {
            text.lines()
                .next()
                .and_then(|l| l.strip_prefix(COMPILE_FAIL_HEADER))
                .map(|code| code.trim().to_owned())
        });
        let problems = match header {
            None => vec![format!(
                "its first line must be `{COMPILE_FAIL_HEADER} E0xxx`, the error rustc reports"
            )],
            Some(code) => match outputs.rustc(&file) {
                Err(err) => vec![err.clone()],
                Ok(errors) => {
                    let found = reported(errors, &code);
                    if found.len() == 1 && found[0] == code {
                        vec![]
                    } else {
                        vec![format!(
                            "rustc reports {found:?}, the header says {code:?} alone:\n{}",
                            first_lines(errors, 12)
                        )]
                    }
                }
            },
        };
        let what = format!(
            "{relative}: refused by rustc with {}",
            header_code(&file).unwrap_or_else(|| "its error".to_owned())
        );
        report.check(&what, &problems);
    }
}

fn header_code(file: &Path) -> Option<String> {
    fs::read_to_string(file).ok().and_then(|text| {
        text.lines()
            .next()
            .and_then(|l| l.strip_prefix(COMPILE_FAIL_HEADER))
            .map(|c| c.trim().to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "Both print:\n\n<!-- output: values_struct -->\n```text\na: 1\nb: 2\n```\n\n\
        ```text\nunmarked\n```\n\n<!-- compile-error: crates/x/compile_fail/y.rs -->\n```text\n\
        error[E0382]: moved\n```\n\n<!-- not-output -->\n```text\ntree\n```\n";

    #[test]
    fn each_text_block_has_its_marker_and_an_unmarked_one_is_a_problem() {
        let (blocks, problems) = blocks(PAGE);
        let sources: Vec<&Source> = blocks.iter().map(|b| &b.source).collect();
        assert_eq!(
            sources,
            [
                &Source::Example("values_struct".into()),
                &Source::CompileError("crates/x/compile_fail/y.rs".into()),
                &Source::NotOutput
            ]
        );
        assert_eq!(blocks[0].body, ["a: 1", "b: 2"]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("line 9:"), "{problems:?}");
    }

    #[test]
    fn go_and_sample_markers_are_read_and_a_garbled_one_is_refused() {
        assert_eq!(
            marker("<!-- output: go maps_order -->"),
            Ok(Some(Source::Go("maps_order".into())))
        );
        assert_eq!(
            marker("<!-- output: sample maps_order -->"),
            Ok(Some(Source::Sample("maps_order".into())))
        );
        assert_eq!(
            marker("<!-- output: sample go maps_order -->"),
            Ok(Some(Source::GoSample("maps_order".into())))
        );
        assert!(marker("<!-- output: go -->").is_err());
        assert_eq!(marker("<!-- a comment -->"), Ok(None));
    }

    #[test]
    fn an_output_block_must_be_a_contiguous_run_of_the_output() {
        let out = ["first", "second", "third"];
        assert!(contiguous(&out, &["second".into(), "third".into()]));
        assert!(!contiguous(&out, &["first".into(), "third".into()]));
        assert!(!contiguous(&out, &["fourth".into()]));
    }

    #[test]
    fn a_compile_error_block_must_be_lines_of_rustcs_output_in_order() {
        let errors = [
            "error[E0382]: moved",
            " --> a.rs:3:5",
            "note: x",
            "help: clone",
        ];
        assert!(in_order(
            &errors,
            &["error[E0382]: moved".into(), "help: clone".into()]
        ));
        assert!(!in_order(
            &errors,
            &["help: clone".into(), "error[E0382]: moved".into()]
        ));
    }

    #[test]
    fn a_sample_has_the_lines_of_a_run_in_any_order_with_any_numbers() {
        let out = "first answer: replica 2\ngave up: 2\n";
        let sample = |lines: &[&str]| lines.iter().map(|l| (*l).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            unlike(
                "l",
                "x",
                out,
                &sample(&["gave up: 2", "first answer: replica 17"])
            ),
            None
        );
        assert!(unlike("l", "x", out, &sample(&["first answer: replica 2"])).is_some());
        let timing = "median 11 µs, mean 7.368 µs in 3 runs\n";
        assert_eq!(
            unlike(
                "l",
                "x",
                timing,
                &sample(&["median 6.5 µs, mean 12 µs in 3 runs"])
            ),
            None,
            "a whole and a decimal number should have one shape"
        );
        assert!(
            unlike(
                "l",
                "x",
                timing,
                &sample(&["median 6.5 ms, mean 12 µs in 3 runs"])
            )
            .is_some(),
            "a unit is not a number"
        );
        assert!(
            unlike(
                "l",
                "x",
                out,
                &sample(&["first answer: nobody", "gave up: 2"])
            )
            .is_some()
        );
    }

    #[test]
    fn error_codes_are_read_from_rustcs_output() {
        let errors = "error[E0382]: borrow of moved value\n  |\nerror[E0499]: two\nerror: aborting";
        assert_eq!(error_codes(errors), ["E0382", "E0499"]);
    }
}
