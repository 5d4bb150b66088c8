//! `cargo course mutants`: mutation testing of the reference solutions
//! against their graded tests, with cargo-mutants.
//!
//! cargo-mutants changes the solution one small way at a time (a `<` for a
//! `<=`, a body replaced by `Default::default()`, a `&&` for a `||`…) and
//! runs the graded tests on each mutant; a mutant the tests pass is a
//! survivor: a wrong solution the tests cannot tell from the right one. For
//! a loom exercise the survivors are run again under `--cfg loom`, as
//! grading runs the loom models too.
//!
//! The outcome of each exercise goes to the committed `mutants.toml`, with
//! the hash of the solution and graded tests it was computed for. Verify
//! checks that it is current and that each exercise kills at least
//! [`MIN_KILL_RATE`] of its viable mutants, every survivor justified by a
//! `reason` written by hand; it does not rerun the mutants (they take
//! minutes), `.ci/run` does, for the exercises whose hash changed.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::manifest::{Exercise, Manifest};
use crate::progress::{Fnv, source_hash};
use crate::verify::{LOOM_PROFILE, loom_env};
use crate::{grade, ui};

/// The record, at the course root.
pub const FILE: &str = "mutants.toml";

/// The share of viable mutants the graded tests must kill.
pub const MIN_KILL_RATE: f64 = 0.90;

/// The cargo-mutants release the course is measured with.
pub const CARGO_MUTANTS_VERSION: &str = "27.1.0";

const HEADER: &str = "\
# Mutation testing of every reference solution against its graded tests, written by
# `cargo course mutants` (cargo-mutants; loom exercises also under --cfg loom).
# `hash` is that of the solution's src/ and tests/<name>.rs the counts were computed for;
# `cargo course verify` fails when it is stale, when fewer than 90 % of the viable mutants
# (caught + missed + timeout) are killed, or when a survivor has no reason.
# A survivor's `reason` is written by hand: why the mutant is equivalent or harmless.
# `unviable` mutants did not compile and prove nothing either way.

";

/// `mutants.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    #[serde(default)]
    pub exercise: BTreeMap<String, Outcome>,
}

/// One exercise's mutants.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub hash: String,
    pub caught: usize,
    pub missed: usize,
    pub timeout: usize,
    pub unviable: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub survivor: Vec<Survivor>,
}

/// A mutant the graded tests did not kill, and why that is acceptable.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Survivor {
    pub mutant: String,
    #[serde(default)]
    pub reason: String,
}

impl Outcome {
    /// Mutants that compiled: the tests had something to tell apart.
    pub fn viable(&self) -> usize {
        self.caught + self.missed + self.timeout
    }

    /// A mutant whose tests hung past the limit was told apart too: grading
    /// fails a test that times out.
    pub fn killed(&self) -> usize {
        self.caught + self.timeout
    }

    /// The share of viable mutants killed (1 when none was viable).
    pub fn kill_rate(&self) -> f64 {
        if self.viable() == 0 {
            1.0
        } else {
            self.killed() as f64 / self.viable() as f64
        }
    }
}

impl Record {
    /// Reads `mutants.toml`; a missing file is an empty record.
    pub fn load(root: &Path) -> Result<Record, String> {
        let path = root.join(FILE);
        match fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text).map_err(|err| {
                format!("{FILE} is not valid: {err}; rerun `cargo course mutants` to rewrite it")
            }),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Record::default()),
            Err(err) => Err(format!("cannot read {}: {err}", path.display())),
        }
    }

    pub fn save(&self, root: &Path) -> Result<(), String> {
        let body = toml::to_string(self).map_err(|err| err.to_string())?;
        fs::write(root.join(FILE), format!("{HEADER}{body}"))
            .map_err(|err| format!("cannot write {FILE}: {err}"))
    }

    pub fn exercise(&self, name: &str) -> Option<&Outcome> {
        self.exercise.get(name)
    }
}

/// The hash an exercise's outcome is computed for: its solution's sources
/// and its graded tests.
pub fn hash(root: &Path, exercise: &Exercise) -> String {
    let mut hash = Fnv::new();
    hash.write(source_hash(&exercise.solution_dir(root).join("src")).as_bytes());
    hash.write(&fs::read(exercise.tests_file(root)).unwrap_or_default());
    hash.write(&[u8::from(exercise.loom)]);
    hash.hex()
}

/// The exercises whose recorded outcome is missing or stale.
pub fn stale<'m>(root: &Path, manifest: &'m Manifest, record: &Record) -> Vec<&'m Exercise> {
    manifest
        .exercises
        .iter()
        .filter(|e| {
            record
                .exercise(&e.name)
                .is_none_or(|o| o.hash != hash(root, e))
        })
        .collect()
}

/// Runs the mutants of `exercises` and records them in `mutants.toml`.
pub fn run(root: &Path, manifest: &Manifest, exercises: &[&Exercise]) -> Result<Record, String> {
    if exercises.is_empty() {
        println!("mutants.toml is current for every exercise: nothing to run.");
        return Record::load(root);
    }
    ensure_cargo_mutants()?;
    // Held to the end: the lab and mutants.toml are shared with other runs.
    let _lab_lock = crate::lock::hold(root, "mutants", "`cargo course mutants` run")?;
    let started = Instant::now();
    let lab = root.join("target/course/mutants/workspace");
    grade::sync_tree(root, &lab, &|_| true)
        .map_err(|err| format!("could not copy the course to {}: {err}", lab.display()))?;
    let mut record = Record::load(root)?;
    for (index, exercise) in exercises.iter().enumerate() {
        let began = Instant::now();
        println!(
            "[{}/{}] {}: mutating solutions/{}/src against tests/{}.rs…",
            index + 1,
            exercises.len(),
            exercise.name,
            exercise.name,
            exercise.name
        );
        let limit = exercise.timeout(&manifest.course).as_millis();
        let normal = mutate(root, &lab, exercise, limit, false, None)?;
        let outcome = if exercise.loom && !normal.missed.is_empty() {
            println!(
                "      {} survivors; running them under loom…",
                normal.missed.len()
            );
            let loom = mutate(root, &lab, exercise, limit, true, Some(&normal.missed))?;
            merge_loom(normal, &loom)
        } else {
            normal
        };
        let previous = record.exercise.get(&exercise.name);
        let reasons: BTreeMap<&str, &str> = previous
            .map(|p| {
                p.survivor
                    .iter()
                    .map(|s| (s.mutant.as_str(), s.reason.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        let entry = Outcome {
            hash: hash(root, exercise),
            caught: outcome.caught,
            missed: outcome.missed.len(),
            timeout: outcome.timeout,
            unviable: outcome.unviable,
            survivor: outcome
                .missed
                .iter()
                .map(|mutant| Survivor {
                    mutant: mutant.clone(),
                    reason: reasons
                        .get(mutant.as_str())
                        .copied()
                        .unwrap_or("")
                        .to_owned(),
                })
                .collect(),
        };
        println!(
            "      {}/{} viable mutants killed ({:.0} %), {} unviable, {} ({})",
            entry.killed(),
            entry.viable(),
            entry.kill_rate() * 100.0,
            entry.unviable,
            match entry.survivor.len() {
                0 => "no survivor".to_owned(),
                n => format!("{n} survivors: justify each in {FILE} or kill it with a test"),
            },
            ui::duration(began.elapsed())
        );
        for survivor in &entry.survivor {
            println!("        survived: {}", survivor.mutant);
        }
        record.exercise.insert(exercise.name.clone(), entry);
        // Saved after each exercise: an interrupted run keeps what it did.
        record.save(root)?;
    }
    println!(
        "mutants of {} exercises in {}; recorded in {FILE}",
        exercises.len(),
        ui::duration(started.elapsed())
    );
    Ok(record)
}

/// The names cargo-mutants sorted into each outcome.
#[derive(Debug, Default)]
struct Sorted {
    caught: usize,
    missed: Vec<String>,
    timeout: usize,
    unviable: usize,
    /// The names of the caught and timed-out mutants.
    killed: Vec<String>,
}

/// A survivor of the normal tests that the loom models kill (caught, or
/// timed out) is caught; one the loom run did not kill, or did not test at
/// all, survives.
fn merge_loom(normal: Sorted, loom: &Sorted) -> Sorted {
    let (killed, missed): (Vec<String>, Vec<String>) = normal
        .missed
        .into_iter()
        .partition(|name| loom.killed.contains(name));
    Sorted {
        caught: normal.caught + killed.len(),
        missed,
        ..normal
    }
}

fn mutate(
    root: &Path,
    lab: &Path,
    exercise: &Exercise,
    limit_ms: u128,
    loom: bool,
    only: Option<&[String]>,
) -> Result<Sorted, String> {
    let out = root
        .join("target/course/mutants/out")
        .join(&exercise.name)
        .join(if loom { "loom" } else { "normal" });
    let _ = fs::remove_dir_all(&out);
    fs::create_dir_all(&out).map_err(|err| format!("cannot create {}: {err}", out.display()))?;
    let mut cmd = Command::new(cargo());
    cmd.arg("mutants")
        .arg("--in-place")
        .arg("--dir")
        .arg(lab)
        .args(["--package", &exercise.solution_package()])
        .args([
            "--test-workspace",
            "false",
            "--no-shuffle",
            "--line-col",
            "false",
        ])
        .args(["--cap-lints", "true", "--colors", "never", "--no-times"])
        .arg("--output")
        .arg(&out)
        .env(graded::LIMIT_ENV, limit_ms.to_string())
        .stdin(Stdio::null());
    if loom {
        cmd.envs(loom_env(lab))
            .args(["--profile", LOOM_PROFILE])
            .env("CARGO_TARGET_DIR", root.join("target/mutants/loom"));
    } else {
        cmd.env("CARGO_TARGET_DIR", root.join("target/mutants"));
    }
    if let Some(names) = only {
        // cargo-mutants matches `--re` against the names with their line and
        // column, whatever `--line-col` says.
        for name in names {
            cmd.args(["--re", &name_pattern(name)]);
        }
    }
    let status = cmd
        .status()
        .map_err(|err| format!("could not run cargo mutants: {err}"))?;
    let dir = out.join("mutants.out");
    let read = |file: &str| -> Vec<String> {
        fs::read_to_string(dir.join(file))
            .map(|text| {
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(stable_name)
                    .collect()
            })
            .unwrap_or_default()
    };
    let caught = read("caught.txt");
    let timeout = read("timeout.txt");
    let sorted = Sorted {
        caught: caught.len(),
        missed: read("missed.txt"),
        timeout: timeout.len(),
        unviable: read("unviable.txt").len(),
        killed: caught.into_iter().chain(timeout).collect(),
    };
    // cargo-mutants exits 2 when mutants were missed, 3 on time-outs: both
    // are results. Anything else is a failure to run (a baseline that fails,
    // say), unless it still sorted the mutants.
    if !status.success()
        && !matches!(status.code(), Some(2 | 3))
        && sorted.caught + sorted.missed.len() + sorted.timeout + sorted.unviable == 0
    {
        return Err(format!(
            "cargo mutants failed for {} ({status}); its log is in {}",
            exercise.name,
            dir.display()
        ));
    }
    Ok(sorted)
}

/// A mutant's name without its line and column (`src/lib.rs:71:58: replace
/// …` → `src/lib.rs: replace …`), so that a survivor's reason survives an edit
/// elsewhere in the file; it is also the name `--list --line-col false` shows.
fn stable_name(name: &str) -> String {
    let Some((place, what)) = name.split_once(": ") else {
        return name.to_owned();
    };
    let mut file = place;
    for _ in 0..2 {
        if let Some((head, tail)) = file.rsplit_once(':')
            && !tail.is_empty()
            && tail.bytes().all(|b| b.is_ascii_digit())
        {
            file = head;
        }
    }
    format!("{file}: {what}")
}

/// A regular expression that matches the mutant [`stable_name`] `name` at
/// any line and column.
fn name_pattern(name: &str) -> String {
    match name.split_once(": ") {
        Some((file, what)) => format!(
            "^{}(:[0-9]+:[0-9]+)?: {}$",
            regex_escape(file),
            regex_escape(what)
        ),
        None => format!("^{}$", regex_escape(name)),
    }
}

fn regex_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

fn cargo() -> PathBuf {
    std::env::var_os("CARGO").map_or_else(|| PathBuf::from("cargo"), PathBuf::from)
}

/// Installs cargo-mutants from crates.io when `cargo mutants` is missing.
fn ensure_cargo_mutants() -> Result<(), String> {
    let installed = Command::new(cargo())
        .args(["mutants", "--version"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success());
    if installed {
        return Ok(());
    }
    println!(
        "cargo-mutants is not installed: installing {CARGO_MUTANTS_VERSION} from crates.io \
         (`cargo install cargo-mutants --locked`, a few minutes)…"
    );
    let status = Command::new(cargo())
        .args(["install", "cargo-mutants", "--locked", "--version"])
        .arg(CARGO_MUTANTS_VERSION)
        .status()
        .map_err(|err| format!("could not run cargo install: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(
            "could not install cargo-mutants: run `cargo install cargo-mutants --locked` \
             yourself and try again"
                .to_owned(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_count_as_killed_and_unviable_mutants_do_not_count() {
        let outcome = Outcome {
            caught: 17,
            timeout: 1,
            missed: 2,
            unviable: 30,
            ..Outcome::default()
        };
        assert_eq!(outcome.viable(), 20);
        assert!((outcome.kill_rate() - 0.9).abs() < 1e-9);
    }

    #[test]
    fn survivors_the_loom_models_kill_are_caught() {
        let normal = Sorted {
            caught: 10,
            missed: vec!["a".into(), "b".into(), "c".into()],
            timeout: 1,
            unviable: 4,
            killed: Vec::new(),
        };
        // "b" survives loom too; "c" was not tested under loom at all.
        let loom = Sorted {
            caught: 1,
            missed: vec!["b".into()],
            killed: vec!["a".into()],
            ..Sorted::default()
        };
        let merged = merge_loom(normal, &loom);
        assert_eq!((merged.caught, merged.timeout), (11, 1));
        assert_eq!(merged.missed, ["b", "c"]);
    }

    #[test]
    fn the_record_round_trips_through_toml() {
        let mut record = Record::default();
        record.exercise.insert(
            "cond-1".into(),
            Outcome {
                hash: "abc".into(),
                caught: 5,
                missed: 1,
                survivor: vec![Survivor {
                    mutant: "src/lib.rs: replace len -> usize with 1".into(),
                    reason: "equivalent: …".into(),
                }],
                ..Outcome::default()
            },
        );
        let text = toml::to_string(&record).expect("serializes");
        assert_eq!(toml::from_str::<Record>(&text).expect("parses"), record);
    }

    #[test]
    fn mutant_names_lose_their_line_and_column() {
        assert_eq!(
            stable_name("solutions/a/src/lib.rs:71:58: replace < with <= in f"),
            "solutions/a/src/lib.rs: replace < with <= in f"
        );
        assert_eq!(
            stable_name("src/lib.rs: replace f"),
            "src/lib.rs: replace f"
        );
    }

    #[test]
    fn mutant_names_are_matched_literally_at_any_line() {
        assert_eq!(regex_escape("a+b (c)"), "a\\+b \\(c\\)");
        assert_eq!(
            name_pattern("src/lib.rs: replace < with <= in f"),
            "^src/lib\\.rs(:[0-9]+:[0-9]+)?: replace < with <= in f$"
        );
    }
}
