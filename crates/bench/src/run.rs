//! The driver: builds the Go worker, runs both sides' workers round after
//! round (Go then Rust, Rust then Go, alternately, so that whatever else
//! the machine does falls on both), and writes the reports.

use std::fs;
use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, Command, ExitCode, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};

use crate::plan::{self, FAMILIES, Family};
use crate::record::Record;
use crate::report::{self, Results, Side};

/// What `cargo course bench` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub quick: bool,
    pub rounds: usize,
    pub filter: Option<String>,
    pub json: Option<PathBuf>,
    pub out: PathBuf,
    pub no_go: bool,
    pub from: Option<PathBuf>,
}

/// This crate's directory (its Go worker is in `go/`).
fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Where results go by default: the course's `target/bench/`.
pub fn default_out() -> PathBuf {
    crate_dir().join("../../target/bench")
}

/// How long one worker run may take before it is stopped as hung.
fn limit(quick: bool) -> Duration {
    Duration::from_secs(if quick { 60 } else { 300 })
}

/// A side's worker program.
struct Worker {
    side: Side,
    program: PathBuf,
    /// Arguments before `FAMILY N`.
    prefix: Vec<String>,
}

impl Worker {
    fn command(&self, family: &Family, n: u64, filter: Option<&str>) -> Command {
        let mut cmd = Command::new(&self.program);
        cmd.args(&self.prefix).arg(family.name).arg(n.to_string());
        if let (Side::Rust, Some(filter)) = (self.side, filter) {
            cmd.arg("--filter").arg(filter);
        }
        cmd
    }
}

/// The Go version line, or `None` when `go` is not on PATH.
fn go_version() -> Option<String> {
    let out = Command::new("go").arg("version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Builds the Go worker into the course's `target/bench/` (whatever
/// `--out` says: the program is not a result).
fn build_go() -> Result<PathBuf, String> {
    let dir = default_out();
    fs::create_dir_all(&dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let dir = dir
        .canonicalize()
        .map_err(|err| format!("cannot find {}: {err}", dir.display()))?;
    let program = dir.join("bench-go");
    let built = Command::new("go")
        .args(["build", "-o"])
        .arg(&program)
        .arg(".")
        .current_dir(crate_dir().join("go"))
        // Go 1.21+ would otherwise fetch the toolchain go.mod names.
        .env("GOTOOLCHAIN", "local")
        .output()
        .map_err(|err| format!("could not run `go build`: {err}"))?;
    if built.status.success() {
        Ok(program)
    } else {
        Err(format!(
            "`go build` of crates/bench/go failed:\n{}",
            String::from_utf8_lossy(&built.stderr)
        ))
    }
}

/// Runs one worker to its end or to `limit`, and parses what it printed.
fn run_worker(mut cmd: Command, limit: Duration) -> Result<Vec<Record>, String> {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| format!("could not start it: {err}"))?;
    let stdout = drain(&mut child, true);
    let stderr = drain(&mut child, false);
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "still running after {} s: stopped (a likely deadlock or hang)",
                    limit.as_secs()
                ));
            }
            Ok(None) => thread::sleep(Duration::from_millis(20)),
            Err(err) => return Err(format!("could not wait for it: {err}")),
        }
    };
    let stdout = stdout.join().unwrap_or_default();
    let stderr = stderr.join().unwrap_or_default();
    if !status.success() {
        let tail: Vec<&str> = stderr.lines().rev().take(12).collect();
        let tail: Vec<&str> = tail.into_iter().rev().collect();
        return Err(format!("{status}:\n    {}", tail.join("\n    ")));
    }
    let records: Vec<Record> = stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(Record::parse)
        .collect::<Result<_, _>>()?;
    Ok(records)
}

/// Reads the child's stdout (or stderr) to its end on a thread of its own.
fn drain(child: &mut Child, stdout: bool) -> thread::JoinHandle<String> {
    let mut pipe: Box<dyn Read + Send> = if stdout {
        Box::new(child.stdout.take().expect("piped"))
    } else {
        Box::new(child.stderr.take().expect("piped"))
    };
    thread::spawn(move || {
        let mut text = String::new();
        let _ = pipe.read_to_string(&mut text);
        text
    })
}

/// Runs `cargo course bench` as `options` say; the exit code is non-zero
/// when a worker failed, or (with `--quick`) when a workload has no result
/// on a side or a Rust case no ratio.
pub fn main(options: Options) -> ExitCode {
    match drive(&options) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn drive(options: &Options) -> Result<ExitCode, String> {
    let started = Instant::now();
    fs::create_dir_all(&options.out)
        .map_err(|err| format!("cannot create {}: {err}", options.out.display()))?;
    if let Some(from) = &options.from {
        let text = fs::read_to_string(from)
            .map_err(|err| format!("cannot read {}: {err}", from.display()))?;
        let results =
            Results::parse_json_lines(&text).map_err(|err| format!("{}: {err}", from.display()))?;
        write_reports(&results, options, None)?;
        return Ok(ExitCode::SUCCESS);
    }
    let filter = options.filter.as_deref();
    let families: Vec<&Family> = FAMILIES
        .iter()
        .filter(|f| plan::selects_family(filter, f.name))
        .collect();
    if families.is_empty() {
        let names: Vec<&str> = FAMILIES.iter().map(|f| f.name).collect();
        return Err(format!(
            "--filter {:?} matches no family; the families are {}",
            filter.unwrap_or(""),
            names.join(", ")
        ));
    }
    if cfg!(debug_assertions) {
        eprintln!(
            "note: this bench was built without optimisations (`--quick` builds it so, to be \
             quick): its numbers show that every workload runs, they do not measure Rust. \
             `cargo course bench` measures."
        );
    }

    let go_version = if options.no_go { None } else { go_version() };
    let mut workers = vec![Worker {
        side: Side::Rust,
        program: std::env::current_exe().map_err(|err| format!("where am I? {err}"))?,
        prefix: vec!["worker".to_owned()],
    }];
    match &go_version {
        Some(version) => {
            eprintln!("building the Go side with {version}");
            workers.push(Worker {
                side: Side::Go,
                program: build_go()?,
                prefix: Vec::new(),
            });
        }
        None if options.no_go => eprintln!("--no-go: only the Rust side runs; no ratios"),
        None => eprintln!(
            "Go is not installed (no `go` on PATH): only the Rust side runs, the Go side and \
             the ratios are skipped. Install Go 1.19 or later (Debian: apt install golang-go) \
             to compare."
        ),
    }

    let total = (options.rounds * families.len() * workers.len()) as u64;
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} {msg} [{elapsed}]")
            .expect("a valid template"),
    );
    let mut results = Results::default();
    let mut failures = Vec::new();
    for round in 0..options.rounds {
        let round_started = Instant::now();
        for family in &families {
            let n = if options.quick {
                family.quick_size
            } else {
                family.size
            };
            // Go first in even rounds, Rust first in odd ones.
            let order: Vec<&Worker> = if round % 2 == 0 {
                workers.iter().rev().collect()
            } else {
                workers.iter().collect()
            };
            for worker in order {
                bar.set_message(format!(
                    "round {}/{}: {} ({:?})",
                    round + 1,
                    options.rounds,
                    family.name,
                    worker.side
                ));
                // A filtered Rust worker may have no case to run; an
                // unfiltered one, or Go's, must print something.
                let must_print = worker.side == Side::Go || filter.is_none();
                let outcome = run_worker(worker.command(family, n, filter), limit(options.quick))
                    .and_then(|records| {
                        if records.is_empty() && must_print {
                            Err("printed no result".to_owned())
                        } else {
                            Ok(records)
                        }
                    });
                match outcome {
                    Ok(records) => {
                        for record in records {
                            // Go's worker runs every case of its family; its
                            // records all stay, as counterparts.
                            if worker.side == Side::Go
                                || plan::selects(filter, &record.family, &record.case)
                            {
                                results.add(worker.side, record);
                            }
                        }
                    }
                    Err(err) => {
                        let failure = format!("{:?} side, {}: {err}", worker.side, family.name);
                        if !failures.contains(&failure) {
                            bar.println(format!("error (round {}): {failure}", round + 1));
                        }
                        failures.push(failure);
                    }
                }
                bar.inc(1);
            }
        }
        if bar.is_hidden() {
            eprintln!(
                "round {}/{} done in {:.1} s",
                round + 1,
                options.rounds,
                round_started.elapsed().as_secs_f64()
            );
        }
    }
    bar.finish_and_clear();
    if let Some(filter) = filter
        && results.rows().is_empty()
        && failures.is_empty()
    {
        return Err(format!(
            "--filter {filter:?} matches no case: cases are named family/case, like \
             `channels/spsc cap=0` or `maps/mixed` (the families are {})",
            FAMILIES
                .iter()
                .map(|f| f.name)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let elapsed = started.elapsed();
    let machine = machine(options, go_version.as_deref(), elapsed);
    write_reports(&results, options, Some(&machine))?;

    let names: Vec<&str> = families.iter().map(|f| f.name).collect();
    let gaps = results.gaps(go_version.is_some(), &names);
    let rows = results.rows();
    let with_ratio = rows.iter().filter(|r| r.ratio().is_some()).count();
    println!(
        "{} Rust cases measured, {with_ratio} with a ratio to Go; {} rounds in {:.1} s",
        rows.len(),
        options.rounds,
        elapsed.as_secs_f64()
    );
    for (failure, rounds) in grouped(&failures) {
        match rounds {
            1 => println!("failed: {failure}"),
            n => println!("failed in {n} rounds: {failure}"),
        }
    }
    for gap in &gaps {
        println!("missing: {gap}");
    }
    Ok(
        if !failures.is_empty() || (options.quick && !gaps.is_empty()) {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        },
    )
}

/// Each distinct failure, in the order first seen, with how many rounds it
/// happened in.
fn grouped(failures: &[String]) -> Vec<(&str, usize)> {
    let mut grouped: Vec<(&str, usize)> = Vec::new();
    for failure in failures {
        match grouped.iter_mut().find(|(f, _)| f == failure) {
            Some((_, n)) => *n += 1,
            None => grouped.push((failure, 1)),
        }
    }
    grouped
}

/// Writes every report into `options.out` (and `--json`), and prints the
/// terminal table.
fn write_reports(
    results: &Results,
    options: &Options,
    machine: Option<&str>,
) -> Result<(), String> {
    let out = &options.out;
    let write = |name: &str, text: &str| {
        let path = out.join(name);
        fs::write(&path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
    };
    let lines = results.json_lines();
    write("results.jsonl", &lines)?;
    if let Some(json) = &options.json {
        fs::write(json, &lines).map_err(|err| format!("cannot write {}: {err}", json.display()))?;
    }
    write("results.md", &report::markdown(results))?;
    for (family, table) in report::markdown_tables(results) {
        write(&format!("table-{family}.md"), &table)?;
    }
    if let Some(machine) = machine {
        write("machine.md", machine)?;
    }
    let plots = crate::plot::write_all(results, out)?;
    print!("{}", report::terminal(results));
    println!(
        "\nwritten to {}: results.md, results.jsonl{}, {} plot(s)",
        out.display(),
        if machine.is_some() {
            ", machine.md"
        } else {
            ""
        },
        plots.len()
    );
    Ok(())
}

/// The machine, the versions and the run, as the book states them.
fn machine(options: &Options, go: Option<&str>, elapsed: Duration) -> String {
    let cpu = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find_map(|l| l.strip_prefix("model name"))
                .map(|l| l.trim_start_matches([' ', '\t', ':']).to_owned())
        })
        .unwrap_or_else(|| "unknown".to_owned());
    let cores = thread::available_parallelism().map_or(0, |n| n.get());
    let kernel = fs::read_to_string("/proc/sys/kernel/osrelease")
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|_| "unknown".to_owned());
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|| "unknown".to_owned());
    let lock = fs::read_to_string(crate_dir().join("../../Cargo.lock")).unwrap_or_default();
    let crates: Vec<String> = [
        "tokio",
        "crossbeam-channel",
        "flume",
        "async-channel",
        "dashmap",
    ]
    .iter()
    .map(|name| format!("{name} {}", locked_version(&lock, name).unwrap_or("?")))
    .collect();
    let sizes: Vec<String> = FAMILIES
        .iter()
        .map(|f| {
            let n = if options.quick { f.quick_size } else { f.size };
            format!("{} {n} {}", f.name, f.n_means)
        })
        .collect();
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() / 86_400);
    format!(
        "| | |\n|---|---|\n\
         | Date | {} |\n\
         | Machine | {cpu}, {cores} cores, Linux {kernel} |\n\
         | Rust | {rustc}, {} build; {} |\n\
         | Go | {} |\n\
         | Run | {} rounds{}, {:.0} s in all (`cargo course bench{}`) |\n\
         | Sizes | {} |\n",
        civil_date(today),
        if cfg!(debug_assertions) {
            "debug"
        } else {
            "release"
        },
        crates.join(", "),
        go.unwrap_or("not installed"),
        options.rounds,
        if options.quick { " (--quick)" } else { "" },
        elapsed.as_secs_f64(),
        if options.quick { " --quick" } else { "" },
        sizes.join("; "),
    )
}

/// The date (UTC) `days` days after 1970-01-01, as YYYY-MM-DD (the
/// proleptic Gregorian calendar, by eras of 400 years).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The version of `name` pinned in a Cargo.lock's text.
fn locked_version<'a>(lock: &'a str, name: &str) -> Option<&'a str> {
    let needle = format!("name = \"{name}\"\nversion = \"");
    let start = lock.find(&needle)? + needle.len();
    lock[start..].split('"').next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_of_every_round_is_told_once_with_its_count() {
        let failures = [
            "Go side, maps: boom",
            "Rust side, once: x",
            "Go side, maps: boom",
        ]
        .map(str::to_owned);
        assert_eq!(
            grouped(&failures),
            vec![("Go side, maps: boom", 2), ("Rust side, once: x", 1)]
        );
    }

    #[test]
    fn dates_are_counted_from_the_epoch() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_429), "2025-12-07");
    }

    #[test]
    fn versions_are_read_from_the_lock_file() {
        let lock = "[[package]]\nname = \"tokio\"\nversion = \"1.54.1\"\n";
        assert_eq!(locked_version(lock, "tokio"), Some("1.54.1"));
        assert_eq!(locked_version(lock, "flume"), None);
    }

    #[test]
    fn a_worker_that_fails_or_prints_garbage_is_reported() {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo boom >&2; exit 3"]);
        let err = run_worker(cmd, Duration::from_secs(10)).unwrap_err();
        assert!(err.contains("boom"), "{err}");
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo garbage"]);
        let err = run_worker(cmd, Duration::from_secs(10)).unwrap_err();
        assert!(err.contains("not a result line"), "{err}");
    }

    #[test]
    fn a_hanging_worker_is_stopped() {
        let mut cmd = Command::new("sleep");
        cmd.arg("30");
        let started = Instant::now();
        let err = run_worker(cmd, Duration::from_millis(200)).unwrap_err();
        assert!(err.contains("likely deadlock"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}
