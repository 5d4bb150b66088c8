//! `cargo course`: the course tool. `cargo course help` lists the commands.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use course::grade::class;
use course::grade::sandbox::{Limits, Sandbox};
use course::grade::{self, Settings, Workspace};
use course::manifest::{self, Manifest};
use course::{book, check, report, status, ui, verify};

const USAGE: &str = "\
cargo course: a Rust course for Go programmers

Learners:
  cargo course                 the course at a glance and the next exercise
  cargo course list            every exercise, by part and chapter
  cargo course next            the next exercise to solve: its file, chapter and commands
  cargo course hint NAME       the hints for exercise NAME, in steps
  cargo course check [NAME]    run the graded tests of NAME (or of all) briefly
  cargo course watch           rerun the current exercise on every save
  cargo course reset NAME      bring back the stub (your code is kept as a backup) [--yes]
  cargo course solution NAME   the reference solution, once NAME is solved [--force]
  cargo course book [--open]   build the book into book/build (and open it)

Maintainers and instructors:
  cargo course verify [--full] check the whole course; --full reruns every known-wrong
                               version, not only those that changed (what CI runs)
  cargo course known-wrong [NAME...]
                               build and run the known-wrong versions of NAME (or of all)
  cargo course mutants [NAME...] [--changed]
                               mutation-test the solutions (cargo-mutants) into mutants.toml;
                               --changed: only those whose solution or tests changed
  cargo course lock-stubs      record the stubs' hashes in stubs.lock after changing a stub
  cargo course grade [OPTIONS] grade a submission (see below)

Grading options:
  --submission DIR        grade the student's copy DIR (default: this checkout)
  --many DIR...           grade several submissions (class mode): reports per student
                          in OUT/<id>/, OUT/grades.json and OUT/class.csv
  --shard K/N             grade only every N-th submission of --many, from the K-th
                          (1 <= K <= N), for a CI matrix; `grade merge` joins them
  --format F[,F...]       table, json, junit, markdown, classroom (default: table,json)
  --out DIR               where reports go (default: grade-results)
  --fail-under PCT        exit 3 when the score is below PCT percent
  --timeout-ms N          the per-test limit (default: course.toml)
  --budget-secs N         the time all tests of one submission may take (default 900)
  --build-secs N          the time one submission's build may take (default 600)
  --memory-mb N           the memory of each test's whole process tree (default 2048)
  --max-processes N       processes and threads of each test's tree (default 256)
  --allow-network         let the tests reach the network beyond their own loopback
  --unsandboxed           grade without bubblewrap and cgroups (trusted submissions only)
  --exercise NAME         grade only NAME (repeatable)

  cargo course grade merge --out DIR SHARD_DIR...
                          join the --out directories of the shards of one class

Work on an exercise with `cargo test -p NAME` (for example `cargo test -p channels-1`).";

/// A command line, parsed.
enum Command {
    Status,
    List,
    Next,
    Hint(String),
    Check(Option<String>),
    Watch,
    Reset { name: String, yes: bool },
    Solution { name: String, force: bool },
    LockStubs,
    Verify { full: bool },
    KnownWrong(Vec<String>),
    Mutants { names: Vec<String>, changed: bool },
    Book { open: bool },
    Grade(GradeArgs),
    GradeMerge { out: PathBuf, shards: Vec<PathBuf> },
    Help,
}

#[derive(Default)]
struct GradeArgs {
    submissions: Vec<PathBuf>,
    many: bool,
    formats: Vec<String>,
    out: Option<PathBuf>,
    fail_under: Option<f64>,
    timeout_ms: Option<u64>,
    budget_secs: Option<u64>,
    build_secs: Option<u64>,
    memory_mb: Option<u64>,
    max_processes: Option<u32>,
    allow_network: bool,
    unsandboxed: bool,
    shard: Option<class::Shard>,
    only: Vec<String>,
}

fn number<T: std::str::FromStr>(parser: &mut lexopt::Parser, flag: &str) -> Result<T, String> {
    let value = parser.value().map_err(|e| e.to_string())?;
    value
        .to_string_lossy()
        .parse()
        .map_err(|_| format!("{flag} takes a number, not `{}`", value.to_string_lossy()))
}

fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_iter(std::iter::once("course".into()).chain(args));
    let mut words = Vec::new();
    let mut open = false;
    let mut yes = false;
    let mut force = false;
    let mut full = false;
    let mut changed = false;
    let mut grade = GradeArgs::default();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("open") => open = true,
            Short('y') | Long("yes") => yes = true,
            Long("force") => force = true,
            Long("full") => full = true,
            Long("changed") => changed = true,
            Short('h') | Long("help") => return Ok(Command::Help),
            Long("submission") => grade
                .submissions
                .push(parser.value().map_err(|e| e.to_string())?.into()),
            Long("many") => {
                grade.many = true;
                let values: Vec<OsString> = parser.values().map_err(|e| e.to_string())?.collect();
                grade
                    .submissions
                    .extend(values.into_iter().map(PathBuf::from));
            }
            Long("format") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                grade.formats.extend(
                    value
                        .to_string_lossy()
                        .split(',')
                        .map(|f| f.trim().to_owned())
                        .filter(|f| !f.is_empty()),
                );
            }
            Long("out") => grade.out = Some(parser.value().map_err(|e| e.to_string())?.into()),
            Long("fail-under") => grade.fail_under = Some(number(&mut parser, "--fail-under")?),
            Long("timeout-ms") => grade.timeout_ms = Some(number(&mut parser, "--timeout-ms")?),
            Long("budget-secs") => grade.budget_secs = Some(number(&mut parser, "--budget-secs")?),
            Long("build-secs") => grade.build_secs = Some(number(&mut parser, "--build-secs")?),
            Long("memory-mb") => grade.memory_mb = Some(number(&mut parser, "--memory-mb")?),
            Long("max-processes") => {
                grade.max_processes = Some(number(&mut parser, "--max-processes")?);
            }
            Long("allow-network") => grade.allow_network = true,
            Long("unsandboxed") => grade.unsandboxed = true,
            Long("shard") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                grade.shard = Some(class::Shard::parse(&value.to_string_lossy())?);
            }
            Long("exercise") => grade.only.push(
                parser
                    .value()
                    .map_err(|e| e.to_string())?
                    .to_string_lossy()
                    .into_owned(),
            ),
            Value(value) => words.push(value.string().map_err(|e| e.to_string())?),
            other => {
                return Err(format!(
                    "{}; run `cargo course help` to see the commands",
                    other.unexpected()
                ));
            }
        }
    }
    let mut words = words.into_iter();
    let command = match words.next().as_deref() {
        None | Some("status") => Command::Status,
        Some("list") => Command::List,
        Some("next") => Command::Next,
        Some("hint") => Command::Hint(words.next().ok_or(
            "`cargo course hint` needs an exercise name, like `cargo course hint channels-1`",
        )?),
        Some("check") => Command::Check(words.next()),
        Some("watch") => Command::Watch,
        Some("reset") => Command::Reset {
            name: words.next().ok_or(
                "`cargo course reset` needs an exercise name, like `cargo course reset channels-1`",
            )?,
            yes,
        },
        Some("solution") => Command::Solution {
            name: words.next().ok_or(
                "`cargo course solution` needs an exercise name, like `cargo course solution channels-1`",
            )?,
            force,
        },
        Some("lock-stubs") => Command::LockStubs,
        Some("verify") => Command::Verify { full },
        Some("known-wrong") => Command::KnownWrong(words.by_ref().collect()),
        Some("mutants") => Command::Mutants {
            names: words.by_ref().collect(),
            changed,
        },
        Some("book") => Command::Book { open },
        Some("grade") if words.as_slice().first().is_some_and(|w| w == "merge") => {
            words.next();
            let shards: Vec<PathBuf> = words.by_ref().map(PathBuf::from).collect();
            if shards.is_empty() {
                return Err("`cargo course grade merge` needs the shards' result directories, \
                     like `cargo course grade merge --out class shard-1 shard-2`"
                    .to_owned());
            }
            Command::GradeMerge {
                out: grade.out.take().unwrap_or_else(|| PathBuf::from("grade-results")),
                shards,
            }
        }
        Some("grade") => {
            if grade.shard.is_some() && !grade.many {
                return Err("--shard splits a class: give it with --many DIR...".to_owned());
            }
            for format in &grade.formats {
                if !report::FORMATS.contains(&format.as_str()) {
                    return Err(format!(
                        "unknown format `{format}`; the formats are {}",
                        report::FORMATS.join(", ")
                    ));
                }
            }
            if grade.formats.is_empty() {
                grade.formats = vec!["table".into(), "json".into()];
            }
            Command::Grade(grade)
        }
        Some("help") => Command::Help,
        Some(other) => {
            return Err(format!(
                "there is no command `{other}`; run `cargo course help` to see the commands"
            ));
        }
    };
    if let Some(extra) = words.next() {
        return Err(format!(
            "unexpected argument `{extra}`; run `cargo course help` to see the commands"
        ));
    }
    Ok(command)
}

/// The course root: found from the current directory, or else the checkout
/// this tool was built from.
fn root() -> Result<PathBuf, String> {
    let start = std::env::current_dir().map_err(|e| e.to_string())?;
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let root = manifest::find_root(&start)
        .or_else(|| manifest::find_root(&built_from))
        .ok_or("no course.toml here or above: run `cargo course` inside the course's checkout")?;
    root.canonicalize().map_err(|e| e.to_string())
}

fn run(command: Command) -> Result<ExitCode, String> {
    if let Command::Help = command {
        println!("{USAGE}");
        return Ok(ExitCode::SUCCESS);
    }
    let root = root()?;
    let manifest = Manifest::load(&root)?;
    match command {
        Command::Help => unreachable!("handled above"),
        Command::Status => status::overview(&root, &manifest)?,
        Command::List => status::list(&root, &manifest)?,
        Command::Next => status::next(&root, &manifest)?,
        Command::Hint(name) => status::hint(&manifest, &name)?,
        Command::Check(name) => {
            let solved = check::run(&root, &manifest, name.as_deref())?;
            return Ok(exit(solved));
        }
        Command::Watch => course::watch::watch(&root, &manifest)?,
        Command::Reset { name, yes } => course::reset::reset(&root, &manifest, &name, yes)?,
        Command::Solution { name, force } => {
            course::reset::solution(&root, &manifest, &name, force)?;
        }
        Command::LockStubs => {
            course::progress::Pristine::current(&root, &manifest)
                .save(&root)
                .map_err(|e| format!("could not write stubs.lock: {e}"))?;
            println!(
                "stubs.lock now records the {} stubs as they are.",
                manifest.exercises.len()
            );
        }
        Command::Verify { full } => {
            let report = verify::run(&root, &manifest, &verify::Options { full });
            return Ok(exit(report.failed() == 0));
        }
        Command::KnownWrong(names) => {
            let exercises = selected(&manifest, &names)?;
            let started = std::time::Instant::now();
            let mut report = verify::Report::new();
            verify::known_wrong::check_exercises(&root, &manifest, &exercises, true, &mut report);
            report.finish(started);
            return Ok(exit(report.failed() == 0));
        }
        Command::Mutants { names, changed } => {
            let record = course::mutants::Record::load(&root)?;
            let exercises = if changed {
                course::mutants::stale(&root, &manifest, &record)
                    .into_iter()
                    .filter(|e| names.is_empty() || names.contains(&e.name))
                    .collect()
            } else {
                selected(&manifest, &names)?
            };
            course::mutants::run(&root, &manifest, &exercises)?;
        }
        Command::Book { open } => {
            let out = root.join("book/build");
            book::build(&root, &out)?;
            let index = out.join("index.html");
            println!("The book is in {}", index.display());
            if open {
                open_in_browser(&index);
            }
        }
        Command::Grade(args) => return run_grade(&root, &manifest, args),
        Command::GradeMerge { out, shards } => {
            let grades = class::merge(&out, &shards)?;
            print!("{}", report::class_table(&grades));
            println!(
                "{}",
                ui::dim(&format!(
                    "Merged {} submissions of {} shards into {}",
                    grades.len(),
                    shards.len(),
                    out.display()
                ))
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The exercises named, or all of them when none is.
fn selected<'m>(
    manifest: &'m Manifest,
    names: &[String],
) -> Result<Vec<&'m manifest::Exercise>, String> {
    if names.is_empty() {
        Ok(manifest.exercises.iter().collect())
    } else {
        names.iter().map(|n| manifest.exercise(n)).collect()
    }
}

fn exit(success: bool) -> ExitCode {
    if success {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn run_grade(root: &Path, manifest: &Manifest, args: GradeArgs) -> Result<ExitCode, String> {
    for name in &args.only {
        manifest.exercise(name)?;
    }
    let submissions = if args.submissions.is_empty() {
        vec![root.to_path_buf()]
    } else {
        args.submissions.clone()
    };
    let mut dirs = Vec::new();
    for dir in &submissions {
        if !dir.is_dir() {
            return Err(format!(
                "the submission {} is not a directory: give the student's copy of the course",
                dir.display()
            ));
        }
        dirs.push(
            dir.canonicalize()
                .map_err(|e| format!("{}: {e}", dir.display()))?,
        );
    }
    // Ids over the whole class, before sharding, so that every shard names
    // a student the same way.
    let mut class = class::Submission::list(dirs);
    if let Some(shard) = args.shard {
        class = shard.take(class);
    }
    let limits = Limits {
        memory_mb: args.memory_mb.unwrap_or(2048),
        processes: args.max_processes.unwrap_or(256),
        network: args.allow_network,
    };
    let settings = Settings {
        timeout: args.timeout_ms.map(Duration::from_millis),
        budget: Duration::from_secs(args.budget_secs.unwrap_or(900)),
        build_limit: Duration::from_secs(args.build_secs.unwrap_or(600)),
        sandbox: Sandbox::detect(limits, args.unsandboxed)?,
        only: args.only.clone(),
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from("grade-results"));
    let workspace = Workspace::new(root);
    println!(
        "{}",
        ui::dim(&format!("Sandbox: {}", settings.sandbox.describe()))
    );
    let mut progress = ui::Progress::new();
    let prepared = grade::prepare(root, manifest, &workspace, &settings, &mut progress)?;
    let mut grades = Vec::new();
    for (index, submission) in class.iter().enumerate() {
        progress.set(&format!(
            "{} grading {} ({}/{})",
            ui::bar(index, class.len(), 20),
            submission.id,
            index + 1,
            class.len()
        ));
        let grade = grade::grade(
            root,
            manifest,
            &prepared,
            &submission.dir,
            &submission.id,
            &workspace,
            &settings,
            &mut progress,
        )?;
        progress.clear();
        if args.formats.iter().any(|f| f == "table") {
            print!("{}", report::table(&grade));
        }
        let target = if args.many {
            out.join(&submission.id)
        } else {
            out.clone()
        };
        let written = report::write(&grade, &args.formats, &target)?;
        if !written.is_empty() {
            println!("{}", ui::dim(&format!("Reports: {}", written.join(", "))));
        }
        grades.push(grade);
    }
    if args.many {
        let written = class::write(&out, &grades)?;
        print!("{}", report::class_table(&grades));
        println!("{}", ui::dim(&format!("Class: {}", written.join(", "))));
    }
    if let Some(threshold) = args.fail_under {
        let below: Vec<&str> = grades
            .iter()
            .filter(|g| report::percent(g) < threshold)
            .map(|g| g.student.as_str())
            .collect();
        if !below.is_empty() {
            eprintln!(
                "{} below {threshold}%: {}",
                ui::red("fail-under:"),
                below.join(", ")
            );
            return Ok(ExitCode::from(3));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn open_in_browser(page: &Path) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener)
        .arg(page)
        .status()
        .is_err()
    {
        println!("Open it in your browser: file://{}", page.display());
    }
}

fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().skip(1).collect();
    // Installed as `cargo-course` (cargo install --path crates/course), cargo
    // runs it as `cargo-course course ARGS`.
    if args.first().is_some_and(|a| a == "course") {
        args.remove(0);
    }
    let result = parse(args).and_then(run);
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{} {err}", ui::red("error:"));
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(|a| a.into()))
    }

    #[test]
    fn no_arguments_is_the_overview() {
        assert!(matches!(parsed(&[]), Ok(Command::Status)));
    }

    #[test]
    fn hint_needs_a_name() {
        let err = parsed(&["hint"]).err().expect("an error");
        assert!(err.contains("cargo course hint channels-1"), "{err}");
        assert!(
            matches!(parsed(&["hint", "channels-1"]), Ok(Command::Hint(n)) if n == "channels-1")
        );
    }

    #[test]
    fn an_unknown_command_points_to_help() {
        let err = parsed(&["frobnicate"]).err().expect("an error");
        assert!(err.contains("cargo course help"), "{err}");
    }

    #[test]
    fn grade_options_are_read() {
        let Ok(Command::Grade(args)) = parsed(&[
            "grade",
            "--many",
            "a",
            "b",
            "--format",
            "json,junit",
            "--fail-under",
            "50",
        ]) else {
            panic!("grade parses");
        };
        assert!(args.many);
        assert_eq!(args.submissions, [PathBuf::from("a"), PathBuf::from("b")]);
        assert_eq!(args.formats, ["json", "junit"]);
        assert_eq!(args.fail_under, Some(50.0));
    }

    #[test]
    fn an_unknown_format_is_refused_with_the_list() {
        let err = parsed(&["grade", "--format", "pdf"])
            .err()
            .expect("an error");
        assert!(
            err.contains("table, json, junit, markdown, classroom"),
            "{err}"
        );
    }
}
