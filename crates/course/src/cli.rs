//! The command line of `cargo course`: the commands, their flags and help
//! (clap), and what each runs. `main.rs` (and the standalone manifest that
//! `cargo course` builds, `crates/course/standalone/`) only call [`main`].

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use crate::grade::class;
use crate::grade::sandbox::{Limits, Sandbox};
use crate::grade::{self, Settings, Workspace};
use crate::manifest::{self, Manifest};
use crate::{book, check, report, status, ui, verify};
use clap::{Args, Parser, Subcommand};

/// A Rust course for Go programmers.
#[derive(Parser)]
#[command(
    name = "cargo course",
    bin_name = "cargo course",
    disable_version_flag = true,
    after_help = "Work on an exercise with `cargo test -p NAME` (for example `cargo test -p channels-1`)."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

/// A command line, parsed.
#[derive(Subcommand)]
enum Command {
    /// The course at a glance and the next exercise (the default)
    Status,
    /// Every exercise, by part and chapter
    List,
    /// The next exercise to solve: its file, chapter and commands
    Next,
    /// The next hint for an exercise that you have not seen yet
    #[command(
        long_about = "Shows the next hint for EXERCISE that you have not seen yet, and how many \
                      remain: run it again for the next. The count you have seen is kept per \
                      exercise (in target/course/hints.json) and shown in the overview."
    )]
    Hint {
        /// The exercise, like `channels-1`
        #[arg(value_name = "EXERCISE")]
        name: String,
        /// Show every hint at once
        #[arg(long)]
        all: bool,
    },
    /// Run the graded tests of an exercise (or of all), as grading does
    #[command(
        long_about = "Builds and runs the graded tests of EXERCISE (or of every exercise) as \
                      grading does, one process per test under its time limit, and says how \
                      each went: solved, failing (how many tests pass), not compiling, or \
                      missing or broken (with the command that repairs it)."
    )]
    Check {
        /// The exercise, like `channels-1` [default: every exercise]
        #[arg(value_name = "EXERCISE")]
        name: Option<String>,
    },
    /// Rerun an exercise's graded tests on every save
    #[command(
        long_about = "Watches exercises/ and reruns the graded tests of the current exercise \
                      on every save. It starts at EXERCISE, or at the first exercise not \
                      solved; saving a file of another exercise switches to it, and it moves on \
                      when the current one passes. Keys: h next hint, n next unsolved \
                      exercise, l list, c check all, q quit."
    )]
    Watch {
        /// The exercise to start at, like `channels-1`
        #[arg(value_name = "EXERCISE")]
        name: Option<String>,
    },
    /// Bring back an exercise's stub, whole (your files are kept as a backup)
    #[command(
        long_about = "Restores every file of exercises/EXERCISE (its Cargo.toml included) as \
                      the course ships it, from the course's own record (stubs.pristine.toml): \
                      it repairs an exercise that is missing or broken, or starts one over. \
                      Whatever was there is first copied to \
                      .course-backups/EXERCISE/<date>_<time>/."
    )]
    Reset {
        /// The exercise, like `channels-1`
        #[arg(value_name = "EXERCISE")]
        name: String,
        /// Do not ask first
        #[arg(short, long)]
        yes: bool,
    },
    /// The reference solution of an exercise, once it is solved
    Solution {
        /// The exercise, like `channels-1`
        #[arg(value_name = "EXERCISE")]
        name: String,
        /// Show it even if the exercise is not solved yet
        #[arg(long)]
        force: bool,
    },
    /// Build the book into book/build (and serve it with --serve)
    Book {
        /// Open it in the browser too
        #[arg(long)]
        open: bool,
        /// Serve it on localhost and rebuild it when a chapter or included file changes
        #[arg(long)]
        serve: bool,
        /// The port to serve on (0: any free port)
        #[arg(long, default_value_t = 3000, requires = "serve")]
        port: u16,
    },
    /// Measure Go against Rust on this machine (see `cargo course bench --help`)
    #[command(
        disable_help_flag = true,
        long_about = "Runs the same workloads in Go and in Rust (crates/bench), interleaved \
                      over several rounds, and reports each side's median and spread and the \
                      ratio Rust/Go as a table, JSON lines, Markdown and SVG plots. Its own \
                      options (--quick, --filter, --json, --out…) are listed by \
                      `cargo course bench --help`. It is built with optimisations, except for \
                      --quick, a smoke run that checks every workload runs on both sides."
    )]
    Bench {
        /// The options of the bench itself
        #[arg(
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "OPTIONS"
        )]
        args: Vec<OsString>,
    },
    /// Check the whole course (maintainers; what CI runs with --full)
    Verify {
        /// Rerun every known-wrong version, not only those that changed
        #[arg(long)]
        full: bool,
        /// Check one page of the book alone (its includes, links, output
        /// blocks and its topic's compile_fail files), e.g. book/src/maps.md
        #[arg(long, value_name = "FILE", conflicts_with = "full")]
        page: Option<std::path::PathBuf>,
    },
    /// Build and run the known-wrong versions of exercises (or of all)
    KnownWrong {
        #[arg(value_name = "EXERCISE")]
        names: Vec<String>,
    },
    /// Mutation-test the solutions (cargo-mutants) into mutants.toml
    Mutants {
        #[arg(value_name = "EXERCISE")]
        names: Vec<String>,
        /// Only those whose solution or tests changed
        #[arg(long)]
        changed: bool,
    },
    /// Record the stubs in stubs.lock and stubs.pristine.toml after changing a stub
    LockStubs,
    /// Grade a submission, or a class of them (instructors)
    Grade(Box<GradeArgs>),
}

#[derive(Args, Default)]
#[command(args_conflicts_with_subcommands = true)]
struct GradeArgs {
    #[command(subcommand)]
    then: Option<GradeCommand>,
    /// Grade the student's copy DIR (default: this checkout)
    #[arg(long = "submission", value_name = "DIR")]
    submissions: Vec<PathBuf>,
    /// Grade several submissions (class mode): reports per student in OUT/<id>/,
    /// OUT/grades.json and OUT/class.csv
    #[arg(long, num_args = 1.., value_name = "DIR")]
    many: Vec<PathBuf>,
    /// Grade only every N-th submission of --many, from the K-th (1 <= K <= N),
    /// for a CI matrix; `grade merge` joins the shards
    #[arg(long, value_name = "K/N", value_parser = class::Shard::parse, requires = "many")]
    shard: Option<class::Shard>,
    /// The report formats
    #[arg(
        long = "format",
        value_name = "F[,F...]",
        value_delimiter = ',',
        default_value = "table,json",
        value_parser = clap::builder::PossibleValuesParser::new(report::FORMATS)
    )]
    formats: Vec<String>,
    /// Where reports go [default: grade-results]
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Exit 3 when a score is below PCT percent
    #[arg(long, value_name = "PCT")]
    fail_under: Option<f64>,
    /// The per-test limit [default: course.toml]
    #[arg(long, value_name = "N")]
    timeout_ms: Option<u64>,
    /// The time all tests of one submission may take
    #[arg(long, value_name = "N", default_value_t = 900)]
    budget_secs: u64,
    /// The time one submission's build may take
    #[arg(long, value_name = "N", default_value_t = 600)]
    build_secs: u64,
    /// The memory of each test's whole process tree, in MiB
    #[arg(long, value_name = "N", default_value_t = 2048)]
    memory_mb: u64,
    /// Processes and threads of each test's tree at once
    #[arg(long, value_name = "N", default_value_t = 256)]
    max_processes: u32,
    /// Let the tests reach the network beyond their own loopback
    #[arg(long)]
    allow_network: bool,
    /// Grade without bubblewrap and cgroups (trusted submissions only)
    #[arg(long)]
    unsandboxed: bool,
    /// Grade only this exercise (repeatable)
    #[arg(long = "exercise", value_name = "EXERCISE")]
    only: Vec<String>,
}

#[derive(Subcommand)]
enum GradeCommand {
    /// Join the --out directories of the shards of one class
    Merge {
        /// Where the class goes
        #[arg(long, value_name = "DIR", default_value = "grade-results")]
        out: PathBuf,
        /// The shards' --out directories
        #[arg(required = true, value_name = "SHARD_DIR")]
        shards: Vec<PathBuf>,
    },
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
    let root = root()?;
    let manifest = Manifest::load(&root)?;
    match command {
        Command::Status => status::overview(&root, &manifest)?,
        Command::List => status::list(&root, &manifest)?,
        Command::Next => status::next(&root, &manifest)?,
        Command::Hint { name, all } => crate::hints::hint(&root, &manifest, &name, all)?,
        Command::Check { name } => {
            let solved = check::run(&root, &manifest, name.as_deref())?;
            return Ok(exit(solved));
        }
        Command::Watch { name } => crate::watch::watch(&root, &manifest, name.as_deref())?,
        Command::Reset { name, yes } => crate::reset::reset(&root, &manifest, &name, yes)?,
        Command::Solution { name, force } => {
            crate::reset::solution(&root, &manifest, &name, force)?;
        }
        Command::LockStubs => {
            crate::progress::Pristine::current(&root, &manifest)
                .save(&root)
                .map_err(|e| {
                    format!(
                        "could not write stubs.lock or {}: {e}",
                        crate::progress::STUBS_ARCHIVE
                    )
                })?;
            println!(
                "stubs.lock and {} now record the {} stubs as they are.",
                crate::progress::STUBS_ARCHIVE,
                manifest.exercises.len()
            );
        }
        Command::Verify {
            page: Some(page), ..
        } => {
            let report = verify::page(&root, &page);
            return Ok(exit(report.failed() == 0));
        }
        Command::Verify { full, page: None } => {
            let report = verify::run(&root, &manifest, &verify::Options { full });
            return Ok(exit(report.failed() == 0));
        }
        Command::KnownWrong { names } => {
            let exercises = selected(&manifest, &names)?;
            let started = std::time::Instant::now();
            let mut report = verify::Report::new();
            verify::known_wrong::check_exercises(&root, &manifest, &exercises, true, &mut report);
            report.finish(started);
            return Ok(exit(report.failed() == 0));
        }
        Command::Mutants { names, changed } => {
            let record = crate::mutants::Record::load(&root)?;
            let exercises = if changed {
                crate::mutants::stale(&root, &manifest, &record)
                    .into_iter()
                    .filter(|e| names.is_empty() || names.contains(&e.name))
                    .collect()
            } else {
                selected(&manifest, &names)?
            };
            crate::mutants::run(&root, &manifest, &exercises)?;
        }
        Command::Book {
            open,
            serve: true,
            port,
        } => {
            let out = root.join("book/build");
            crate::serve::serve(&root, &out, port, |address| {
                println!(
                    "Serving the book on {address} (rebuilt when a chapter or included file \
                     changes; Ctrl-C stops)"
                );
                if open {
                    open_in_browser(address);
                }
            })?;
        }
        Command::Book { open, .. } => {
            let out = root.join("book/build");
            book::build(&root, &out)?;
            let index = out.join("index.html");
            println!("The book is in {}", index.display());
            if open {
                open_in_browser(&format!("file://{}", index.display()));
            }
        }
        Command::Grade(args) if args.then.is_some() => {
            let Some(GradeCommand::Merge { out, shards }) = args.then else {
                unreachable!("matched above")
            };
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
        Command::Grade(args) => return run_grade(&root, &manifest, *args),
        Command::Bench { args } => return bench(&root, &args),
    }
    Ok(ExitCode::SUCCESS)
}

/// `cargo course bench`: builds and runs crates/bench's driver, optimised
/// unless it is a `--quick` smoke run (whose dependencies the workspace's
/// own build has already compiled), and passes its exit code on.
fn bench(root: &Path, args: &[OsString]) -> Result<ExitCode, String> {
    let quick = args.iter().any(|a| a == "--quick");
    let mut cmd = crate::cargo::command(root, "run");
    cmd.args([
        "--quiet",
        "--locked",
        "--package",
        "bench",
        "--bin",
        "bench",
    ]);
    if !quick {
        cmd.arg("--release");
    }
    cmd.arg("--").args(args);
    let status = cmd
        .status()
        .map_err(|err| format!("could not run cargo for the bench: {err}"))?;
    Ok(match status.code() {
        Some(0) => ExitCode::SUCCESS,
        Some(code) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        None => ExitCode::FAILURE,
    })
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
    let many = !args.many.is_empty();
    let mut submissions: Vec<PathBuf> =
        args.submissions.iter().chain(&args.many).cloned().collect();
    if submissions.is_empty() {
        submissions.push(root.to_path_buf());
    }
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
        memory_mb: args.memory_mb,
        processes: args.max_processes,
        network: args.allow_network,
    };
    let settings = Settings {
        timeout: args.timeout_ms.map(Duration::from_millis),
        budget: Duration::from_secs(args.budget_secs),
        build_limit: Duration::from_secs(args.build_secs),
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
        let target = if many {
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
    if many {
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

/// Opens `url` in the desktop's browser; where there is none, says so once
/// and names the address to open by hand.
fn open_in_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let opened = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    if !opened {
        println!("No browser could be opened here ({opener} found none): open {url} yourself.");
    }
}

/// Parses the command line and runs it: what `cargo course` does.
pub fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().collect();
    // Installed as `cargo-course` (cargo install --path crates/course), cargo
    // runs it as `cargo-course course ARGS`.
    if args.get(1).is_some_and(|a| a == "course") {
        args.remove(1);
    }
    // Usage errors exit 2 with clap's message; --help and help exit 0.
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => {
            if err.kind() == clap::error::ErrorKind::InvalidSubcommand
                && let Some(tip) = args.get(1).and_then(|a| a.to_str()).and_then(exercise_tip)
            {
                let _ = err.print();
                eprintln!("\n  {tip}");
                return ExitCode::from(2);
            }
            err.exit()
        }
    };
    match run(cli.command.unwrap_or(Command::Status)) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{} {err}", ui::red("error:"));
            ExitCode::from(2)
        }
    }
}

/// What to say when an exercise's name is given as a command
/// (`cargo course channels-1`): the commands that take it.
fn exercise_tip(word: &str) -> Option<String> {
    let manifest = Manifest::load(&root().ok()?).ok()?;
    let names: Vec<&str> = manifest.exercises.iter().map(|e| e.name.as_str()).collect();
    let name = if names.contains(&word) {
        word
    } else {
        manifest::similar(word, &names)?
    };
    Some(format!(
        "tip: `{name}` is an exercise: `cargo course watch {name}`, `cargo course check {name}` \
         or `cargo course hint {name}`"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn parsed(args: &[&str]) -> Result<Option<Command>, String> {
        Cli::try_parse_from(std::iter::once("cargo course").chain(args.iter().copied()))
            .map(|cli| cli.command)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn no_arguments_is_the_overview() {
        assert!(matches!(parsed(&[]), Ok(None)));
    }

    #[test]
    fn hint_needs_a_name() {
        let err = parsed(&["hint"]).err().expect("an error");
        assert!(err.contains("<EXERCISE>"), "{err}");
        assert!(
            matches!(parsed(&["hint", "channels-1"]), Ok(Some(Command::Hint { name, all: false })) if name == "channels-1")
        );
    }

    #[test]
    fn an_unknown_command_is_named() {
        let err = parsed(&["frobnicate"]).err().expect("an error");
        assert!(err.contains("frobnicate"), "{err}");
    }

    #[test]
    fn a_mistyped_command_gets_a_suggestion() {
        let err = parsed(&["stauts"]).err().expect("an error");
        assert!(
            err.contains("similar subcommand") && err.contains("'status'"),
            "{err}"
        );
        let err = parsed(&["hnit", "channels-1"]).err().expect("an error");
        assert!(err.contains("'hint'"), "{err}");
    }

    #[test]
    fn flags_belong_to_their_command() {
        for args in [
            &["check", "--yes"][..],
            &["hint", "channels-1", "--yes"],
            &["watch", "--all"],
            &["status", "--full"],
            &["list", "channels-1"],
            &["reset", "channels-1", "--all"],
            &["verify", "--full", "--page", "book/src/maps.md"],
            &["book", "--port", "3001"],
        ] {
            assert!(parsed(args).is_err(), "{args:?} was accepted");
        }
        assert!(matches!(
            parsed(&["hint", "channels-1", "--all"]),
            Ok(Some(Command::Hint { all: true, .. }))
        ));
        assert!(matches!(
            parsed(&["watch", "select-2"]),
            Ok(Some(Command::Watch { name: Some(n) })) if n == "select-2"
        ));
    }

    #[test]
    fn every_command_has_its_own_help() {
        let mut cli = Cli::command();
        for sub in cli.get_subcommands_mut() {
            let name = sub.get_name().to_owned();
            let help = sub.render_long_help().to_string();
            assert!(
                sub.get_about().is_some(),
                "`{name}` has no one-line description"
            );
            assert!(help.contains("Usage: "), "`{name}`: {help}");
        }
    }

    #[test]
    fn grade_options_are_read() {
        let Ok(Some(Command::Grade(args))) = parsed(&[
            "grade",
            "--format",
            "json,junit",
            "--fail-under",
            "50",
            "--shard",
            "2/3",
            "--many",
            "a",
            "b",
        ]) else {
            panic!("grade parses");
        };
        assert_eq!(args.many, [PathBuf::from("a"), PathBuf::from("b")]);
        assert_eq!(args.formats, ["json", "junit"]);
        assert_eq!(args.fail_under, Some(50.0));
        assert_eq!(args.shard, Some(class::Shard { index: 2, count: 3 }));
        assert_eq!((args.memory_mb, args.max_processes), (2048, 256));
    }

    #[test]
    fn grade_merge_takes_the_shards() {
        let Ok(Some(Command::Grade(args))) =
            parsed(&["grade", "merge", "--out", "class", "s1", "s2"])
        else {
            panic!("merge parses");
        };
        let Some(GradeCommand::Merge { out, shards }) = args.then else {
            panic!("merge is the grade subcommand");
        };
        assert_eq!(out, PathBuf::from("class"));
        assert_eq!(shards, [PathBuf::from("s1"), PathBuf::from("s2")]);
        assert!(parsed(&["grade", "merge"]).is_err(), "merge needs shards");
    }

    #[test]
    fn a_shard_needs_a_class_and_a_valid_k_of_n() {
        let err = parsed(&["grade", "--shard", "1/2"])
            .err()
            .expect("an error");
        assert!(err.contains("--many"), "{err}");
        let err = parsed(&["grade", "--shard", "3/2", "--many", "a"])
            .err()
            .expect("an error");
        assert!(err.contains("K/N"), "{err}");
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
