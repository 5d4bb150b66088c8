//! Invariant 4: the graded tests tell wrong code from right.
//!
//! Beside its graded tests, every exercise keeps known-wrong versions: the
//! mistakes a learner makes in that topic (a lost wake-up, `if` for `while`,
//! an off-by-one capacity, work dropped on shutdown…), each a patch on the
//! reference solution in `tests/wrong/<name>/<mistake>.patch`:
//!
//! ```text
//! Wrong: `if` instead of `while` around `wait`: a woken push does not re-check for room
//!
//! --- a/src/lib.rs
//! +++ b/src/lib.rs
//! @@ …
//! ```
//!
//! Each is built in place of the solution (the solution's `src/` with
//! `lib.rs` patched) in a copy of the course, as grading would build a
//! learner's code, and its graded tests are run [`RUNS`] times: every run
//! must fail at least one test. A mistake caught only sometimes is a failed
//! check, because a learner would be told "solved" the other times. For a
//! loom exercise a run counts as caught when the normal tests or the loom
//! models fail, as in grading.
//!
//! Results are recorded in `target/course/known-wrong.json` with a hash of
//! everything they depend on; verify reruns only what changed, and
//! `verify --full` (what CI runs) reruns all.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{LOOM_PROFILE, Options, Report, loom_env};
use crate::cargo::{self, Build};
use crate::manifest::{Exercise, Manifest};
use crate::progress::{Fnv, files_under, source_hash};
use crate::runner::{self, Plan};
use crate::{grade, ui};

/// Where the known-wrong versions live, relative to the course root.
pub const DIR: &str = "tests/wrong";

/// How many times each known-wrong version's tests run; every run must fail.
pub const RUNS: usize = 5;

/// The fewest known-wrong versions an exercise may have.
pub const MIN_VERSIONS: usize = 3;

/// The fewest when cargo-mutants finds fewer than five viable mutants in its
/// solution: the mutants then prove too little on their own.
pub const MIN_VERSIONS_FEW_MUTANTS: usize = 5;

/// The record of earlier results.
const CACHE: &str = "target/course/known-wrong.json";

/// One known-wrong version of an exercise.
#[derive(Debug, Clone)]
pub struct WrongVersion {
    pub exercise: String,
    /// The patch's file stem: `if-instead-of-while`.
    pub slug: String,
    /// The `Wrong:` line: what the learner got wrong.
    pub mistake: String,
    /// The `Caught by loom:` line: the loom model that must fail on this
    /// mistake, because the book says loom finds it.
    pub loom_model: Option<String>,
    /// The solution's `lib.rs` with the mistake in it.
    pub lib_rs: String,
}

/// How one known-wrong version fared.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub runs: usize,
    pub caught: usize,
    /// How many of the catches were the loom models' (the normal tests had
    /// passed that run).
    pub caught_by_loom: usize,
    /// The loom models that failed it (a loom exercise's models run once
    /// per version: loom explores the same interleavings every time).
    #[serde(default)]
    pub loom_failed_tests: BTreeSet<String>,
    /// The model its `Caught by loom:` line names, when that model did not
    /// fail it.
    #[serde(default)]
    pub loom_model_missed: Option<String>,
    /// The graded tests that failed it, over all runs.
    pub failed_tests: BTreeSet<String>,
    /// Why it could not be run at all: it does not compile, say.
    pub error: Option<String>,
}

impl Verdict {
    fn always_caught(&self) -> bool {
        self.error.is_none()
            && self.runs > 0
            && self.caught == self.runs
            && self.loom_model_missed.is_none()
    }

    fn describe(&self) -> String {
        if let Some(error) = &self.error {
            return error.clone();
        }
        let by: Vec<&str> = self.failed_tests.iter().map(String::as_str).collect();
        let loom = match self.caught_by_loom {
            0 => String::new(),
            n if n == self.caught => " by the loom models".to_owned(),
            n => format!(" ({n} by the loom models)"),
        };
        let models: Vec<&str> = self.loom_failed_tests.iter().map(String::as_str).collect();
        let mut text = format!(
            "caught {}/{}{loom}{}",
            self.caught,
            self.runs,
            if by.is_empty() {
                String::new()
            } else {
                format!(", failing {}", by.join(", "))
            }
        );
        if !models.is_empty() {
            text.push_str(&format!("; loom models failing: {}", models.join(", ")));
        }
        if let Some(model) = &self.loom_model_missed {
            text.push_str(&format!(
                "; but the loom model `{model}` its `Caught by loom:` line names passes it"
            ));
        }
        text
    }
}

/// A known-wrong patch, read.
#[derive(Debug)]
pub struct Parsed<'a> {
    pub mistake: String,
    pub loom_model: Option<String>,
    pub patch: diffy::Patch<'a, str>,
}

/// Splits a known-wrong patch into its header (the `Wrong:` line, and an
/// optional `Caught by loom: <model>` line) and its diff.
pub fn parse(text: &str) -> Result<Parsed<'_>, String> {
    let diff_start = text
        .find("\n--- ")
        .map(|at| at + 1)
        .ok_or("no unified diff in it (a `--- a/src/lib.rs` line, then `+++` and `@@` hunks)")?;
    let mistake = text[..diff_start]
        .lines()
        .find_map(|line| line.strip_prefix("Wrong:"))
        .map(|m| m.trim().to_owned())
        .filter(|m| !m.is_empty())
        .ok_or("its first line must be `Wrong: <the mistake, in a learner's words>`")?;
    let loom_model = text[..diff_start]
        .lines()
        .find_map(|line| line.strip_prefix("Caught by loom:"))
        .map(|m| m.trim().trim_matches('`').to_owned());
    let patch = diffy::Patch::from_str(&text[diff_start..])
        .map_err(|err| format!("the diff does not parse: {err}"))?;
    if patch.hunks().is_empty() {
        return Err("the diff changes nothing".to_owned());
    }
    Ok(Parsed {
        mistake,
        loom_model,
        patch,
    })
}

/// The known-wrong versions of `exercise`, in file-name order; an error per
/// patch that cannot be read or no longer applies to the solution.
pub fn discover(root: &Path, exercise: &Exercise) -> (Vec<WrongVersion>, Vec<String>) {
    let dir = root.join(DIR).join(&exercise.name);
    let mut patches: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "patch"))
                .collect()
        })
        .unwrap_or_default();
    patches.sort();
    let solution =
        fs::read_to_string(exercise.solution_dir(root).join("src/lib.rs")).unwrap_or_default();
    let mut versions = Vec::new();
    let mut problems = Vec::new();
    for path in patches {
        let shown = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .display()
            .to_string();
        let slug = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) => {
                problems.push(format!("{shown}: cannot be read: {err}"));
                continue;
            }
        };
        match parse(&text).and_then(|parsed| {
            if parsed.loom_model.is_some() && !exercise.loom {
                return Err(format!(
                    "it names a loom model, but {} is not graded by loom (`loom = true`)",
                    exercise.name
                ));
            }
            diffy::apply(&solution, &parsed.patch)
                .map(|lib_rs| ((parsed.mistake, parsed.loom_model), lib_rs))
                .map_err(|err| {
                    format!(
                        "no longer applies to solutions/{}/src/lib.rs ({err}): \
                         make the mistake again in the current solution and rewrite the patch \
                         (`diff -u`)",
                        exercise.name
                    )
                })
        }) {
            Ok((_, lib_rs)) if lib_rs == solution => {
                problems.push(format!(
                    "{shown}: applied, it leaves the solution unchanged"
                ));
            }
            Ok(((mistake, loom_model), lib_rs)) => versions.push(WrongVersion {
                exercise: exercise.name.clone(),
                slug,
                mistake,
                loom_model,
                lib_rs,
            }),
            Err(err) => problems.push(format!("{shown}: {err}")),
        }
    }
    (versions, problems)
}

/// Everything a verdict depends on besides the wrong `lib.rs` itself: the
/// graded tests, the rest of the solution, the manifests, the shared test
/// crates and the time limit.
fn context_hash(root: &Path, manifest: &Manifest, exercise: &Exercise) -> String {
    let mut hash = Fnv::new();
    hash.write(&fs::read(exercise.tests_file(root)).unwrap_or_default());
    hash.write(source_hash(&exercise.solution_dir(root).join("src")).as_bytes());
    for file in [
        exercise.stub_dir(root).join("Cargo.toml"),
        root.join("Cargo.toml"),
        root.join("Cargo.lock"),
    ] {
        hash.write(&fs::read(file).unwrap_or_default());
    }
    for support in ["crates/graded", "crates/leakcheck", "crates/coroutines"] {
        let dir = root.join(support).join("src");
        for file in files_under(&dir) {
            hash.write(&fs::read(dir.join(file)).unwrap_or_default());
        }
    }
    hash.write(&exercise.timeout(&manifest.course).as_millis().to_le_bytes());
    hash.hex()
}

fn version_key(context: &str, version: &WrongVersion) -> String {
    let mut hash = Fnv::new();
    hash.write(context.as_bytes());
    hash.write(version.lib_rs.as_bytes());
    hash.write(version.loom_model.as_deref().unwrap_or("").as_bytes());
    format!("{}/{}/{}", version.exercise, version.slug, hash.hex())
}

fn load_cache(root: &Path) -> BTreeMap<String, Verdict> {
    fs::read_to_string(root.join(CACHE))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn save_cache(root: &Path, cache: &BTreeMap<String, Verdict>) {
    if let Ok(text) = serde_json::to_string_pretty(cache) {
        let path = root.join(CACHE);
        let _ = path.parent().map(fs::create_dir_all);
        let _ = fs::write(path, text);
    }
}

/// How many known-wrong versions `exercise` needs, given what cargo-mutants
/// found (`None`: not measured yet).
pub fn required(viable_mutants: Option<usize>) -> usize {
    match viable_mutants {
        Some(n) if n < 5 => MIN_VERSIONS_FEW_MUTANTS,
        _ => MIN_VERSIONS,
    }
}

/// Checks every exercise's known-wrong versions (verify's step 4).
pub fn check(root: &Path, manifest: &Manifest, options: &Options, report: &mut Report) {
    let exercises: Vec<&Exercise> = manifest.exercises.iter().collect();
    check_exercises(root, manifest, &exercises, options.full, report);
}

/// Checks the known-wrong versions of `exercises`; with `full`, reruns those
/// whose result is recorded too.
pub fn check_exercises(
    root: &Path,
    manifest: &Manifest,
    exercises: &[&Exercise],
    full: bool,
    report: &mut Report,
) {
    let started = Instant::now();
    // Held until the results are saved: the lab and its record are shared.
    let _lab_lock = match crate::lock::hold(root, "known-wrong", "known-wrong run") {
        Ok(held) => held,
        Err(err) => {
            report.fail("known-wrong versions", &err);
            return;
        }
    };
    let mutants = super::mutants::Record::load(root).ok();
    let mut cache = load_cache(root);
    let mut todo: Vec<(String, WrongVersion)> = Vec::new();
    let mut found: BTreeMap<String, Vec<(String, WrongVersion)>> = BTreeMap::new();
    let mut problems: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for exercise in exercises {
        let (versions, mut trouble) = discover(root, exercise);
        let viable = mutants
            .as_ref()
            .and_then(|m| m.exercise(&exercise.name))
            .map(|e| e.viable());
        let needed = required(viable);
        if versions.len() + trouble.len() < needed {
            trouble.push(format!(
                "{} known-wrong versions in {DIR}/{}/; write at least {needed}: the mistakes a \
                 learner makes in this topic, each a patch on the solution (CONTRIBUTING.md)",
                versions.len() + trouble.len(),
                exercise.name
            ));
        }
        problems.insert(exercise.name.clone(), trouble);
        let context = context_hash(root, manifest, exercise);
        let keyed: Vec<(String, WrongVersion)> = versions
            .into_iter()
            .map(|v| (version_key(&context, &v), v))
            .collect();
        for (key, version) in &keyed {
            let known = cache.get(key).is_some_and(|v| v.runs >= RUNS);
            if full || !known {
                todo.push((key.clone(), version.clone()));
            }
        }
        found.insert(exercise.name.clone(), keyed);
    }

    if !todo.is_empty() {
        match Lab::new(root) {
            Ok(lab) => {
                let verdicts = lab.judge(manifest, &todo, report);
                for (key, verdict) in verdicts {
                    cache.insert(key, verdict);
                }
                save_cache(root, &cache);
            }
            Err(err) => {
                report.fail("known-wrong versions", &err);
                return;
            }
        }
    }

    let mut total = 0;
    for exercise in exercises {
        let versions = &found[&exercise.name];
        let mut lines = Vec::new();
        let mut failures = problems.remove(&exercise.name).unwrap_or_default();
        for (key, version) in versions {
            total += 1;
            let verdict = cache.get(key).cloned().unwrap_or_default();
            let line = format!("{}: {}", version.slug, verdict.describe());
            if verdict.always_caught() {
                lines.push(line);
            } else if verdict.error.is_some() {
                failures.push(line);
            } else {
                failures.push(format!(
                    "{line}\n  ({}): the graded tests must fail this mistake every run; a race \
                     that hides it must be made to show (check the broken invariant on every \
                     step, force the interleaving, or a loom model)",
                    version.mistake
                ));
            }
        }
        let what = format!(
            "{}: {} known-wrong versions, each caught every run",
            exercise.name,
            versions.len()
        );
        if failures.is_empty() {
            report.pass(&what);
        } else {
            failures.extend(lines.iter().map(|l| format!("ok: {l}")));
            report.fail(&what, &failures.join("\n"));
            continue;
        }
        for line in lines {
            report.detail(&line);
        }
    }
    report.detail(&format!(
        "{total} known-wrong versions, {} run now ({})",
        todo.len(),
        ui::duration(started.elapsed())
    ));
}

/// A copy of the course where known-wrong versions are built as a learner's
/// code would be: in `exercises/<name>/src`.
///
/// It has target directories of its own (`target/known-wrong`, and
/// `target/known-wrong/loom` under loom). Sharing the course's would be
/// wrong, not only untidy: cargo names a workspace's artifacts the same
/// wherever the workspace lies and judges freshness by file times, so the
/// course's next build of an exercise would take the copy's binary, built
/// from a wrong version later than the learner's file was saved, as up to
/// date, and run it in place of the learner's code.
struct Lab {
    root: PathBuf,
    dir: PathBuf,
    target: PathBuf,
}

impl Lab {
    fn new(root: &Path) -> Result<Lab, String> {
        let lab = Lab {
            root: root.to_path_buf(),
            dir: root.join("target/course/known-wrong/workspace"),
            target: root.join("target/known-wrong"),
        };
        grade::sync_tree(root, &lab.dir, &|_| true)
            .map_err(|err| format!("could not copy the course to {}: {err}", lab.dir.display()))?;
        Ok(lab)
    }

    fn src(&self, exercise: &str) -> PathBuf {
        self.dir.join("exercises").join(exercise).join("src")
    }

    /// Puts `version` in its exercise's place: the solution's sources, with
    /// `lib.rs` patched.
    fn install(&self, exercise: &Exercise, version: &WrongVersion) -> Result<(), String> {
        let src = self.src(&exercise.name);
        grade::sync_tree(
            &exercise.solution_dir(&self.root).join("src"),
            &src,
            &|_| true,
        )
        .and_then(|()| grade::write_if_changed(&src.join("lib.rs"), version.lib_rs.as_bytes()))
        .map_err(|err| format!("could not write {}: {err}", src.display()))
    }

    /// Builds and runs every version in `todo`, in rounds: round `k` holds
    /// the `k`-th version of each exercise, so that one cargo build covers
    /// one version of every exercise.
    fn judge(
        &self,
        manifest: &Manifest,
        todo: &[(String, WrongVersion)],
        report: &mut Report,
    ) -> Vec<(String, Verdict)> {
        let mut rounds: Vec<Vec<&(String, WrongVersion)>> = Vec::new();
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for item in todo {
            let round = seen.entry(item.1.exercise.as_str()).or_default();
            if rounds.len() <= *round {
                rounds.push(Vec::new());
            }
            rounds[*round].push(item);
            *round += 1;
        }
        let mut verdicts = Vec::new();
        let total = todo.len();
        let mut done = 0;
        let (mut building, mut running) = (Duration::ZERO, Duration::ZERO);
        for (index, round) in rounds.iter().enumerate() {
            let mut ready = Vec::new();
            for item in round {
                let Ok(exercise) = manifest.exercise(&item.1.exercise) else {
                    continue;
                };
                match self.install(exercise, &item.1) {
                    Ok(()) => ready.push((*item, exercise)),
                    Err(err) => verdicts.push((
                        item.0.clone(),
                        Verdict {
                            error: Some(err),
                            ..Verdict::default()
                        },
                    )),
                }
            }
            report.status(&format!(
                "known-wrong versions: building round {}/{} ({} versions)…",
                index + 1,
                rounds.len(),
                ready.len()
            ));
            let exercises: Vec<&Exercise> = ready.iter().map(|(_, e)| *e).collect();
            let started = Instant::now();
            let build = self.build(&exercises, &[], &self.target, report);
            building += started.elapsed();
            let started = Instant::now();
            let mut loom_needed = Vec::new();
            let results = Mutex::new(Vec::new());
            let jobs = std::thread::available_parallelism().map_or(2, |n| n.get());
            let next = Mutex::new(0usize);
            let progress = Mutex::new((&mut report.progress, &mut done));
            std::thread::scope(|scope| {
                for _ in 0..jobs.min(ready.len()).max(1) {
                    scope.spawn(|| {
                        loop {
                            let index = {
                                let mut next = next.lock().expect("lab lock");
                                *next += 1;
                                *next - 1
                            };
                            let Some(((key, version), exercise)) = ready.get(index) else {
                                break;
                            };
                            let verdict = self.run(manifest, exercise, &build);
                            if let Ok(mut guard) = progress.lock() {
                                let (progress, done) = &mut *guard;
                                **done += 1;
                                progress.set(&format!(
                                    "known-wrong versions [{}/{total}] {}/{}: {}",
                                    **done,
                                    version.exercise,
                                    version.slug,
                                    verdict.describe()
                                ));
                            }
                            results.lock().expect("lab lock").push((
                                key.clone(),
                                *exercise,
                                verdict,
                            ));
                        }
                    });
                }
            });
            running += started.elapsed();
            for (key, exercise, verdict) in results.into_inner().expect("lab lock") {
                if exercise.loom && verdict.error.is_none() {
                    let model = ready
                        .iter()
                        .find(|((k, _), _)| *k == key)
                        .and_then(|((_, v), _)| v.loom_model.clone());
                    loom_needed.push((key, exercise, verdict, model));
                } else {
                    verdicts.push((key, verdict));
                }
            }
            if !loom_needed.is_empty() {
                report.status(&format!(
                    "known-wrong versions: building round {} under loom…",
                    index + 1
                ));
                let exercises: Vec<&Exercise> = loom_needed.iter().map(|(_, e, _, _)| *e).collect();
                let env = loom_env(&self.dir);
                let target = self.target.join("loom");
                let started = Instant::now();
                let loom_build = self.build(&exercises, &env, &target, report);
                building += started.elapsed();
                let started = Instant::now();
                for (key, exercise, verdict, model) in loom_needed {
                    let verdict = self.run_loom(manifest, exercise, &loom_build, verdict, model);
                    verdicts.push((key, verdict));
                }
                running += started.elapsed();
            }
        }
        report.detail(&format!(
            "{} rounds of builds took {}, their test runs {}",
            rounds.len(),
            ui::duration(building),
            ui::duration(running)
        ));
        verdicts
    }

    fn build(
        &self,
        exercises: &[&Exercise],
        env: &[(String, String)],
        target: &Path,
        report: &mut Report,
    ) -> Build {
        if exercises.is_empty() {
            return Build::default();
        }
        let mut cmd = cargo::build_command(&self.dir, "build");
        cmd.args(["--tests", "--keep-going"])
            .envs(env.iter().map(|(k, v)| (k, v)))
            .env("CARGO_TARGET_DIR", target);
        if !env.is_empty() {
            cmd.args(["--profile", LOOM_PROFILE]);
        }
        for exercise in exercises {
            cmd.args(["-p", exercise.stub_package()]);
        }
        cargo::build(cmd, |unit| {
            report.progress.set(&format!("building {unit}…"))
        })
        .unwrap_or_else(|err| Build {
            cargo_stderr: format!("could not run cargo: {err}"),
            ..Build::default()
        })
    }

    /// How to run the graded test binary built for `exercise`, and the
    /// tests it lists.
    fn plan(
        &self,
        manifest: &Manifest,
        exercise: &Exercise,
        build: &Build,
        loom: bool,
    ) -> Result<(Plan, Vec<String>), String> {
        let name = &exercise.name;
        let dir = self.dir.join("exercises").join(name);
        let Some(exe) = build.find(&dir, "test", name) else {
            let detail = build
                .errors
                .get(&dir)
                .map(|errors| cargo::first_errors(errors, 1))
                .unwrap_or_else(|| build.cargo_stderr.trim().to_owned());
            return Err(format!(
                "does not compile{}: a known-wrong version must be a mistake in behaviour that \
                 compiles against the graded tests\n{detail}",
                if loom { " under loom" } else { "" }
            ));
        };
        let plan = Plan {
            executable: exe.path.clone(),
            limit: exercise.timeout(&manifest.course),
            env: Vec::new(),
            wrapper: Vec::new(),
            jail: None,
        };
        match runner::list(&exe.path) {
            Ok(tests) if !tests.is_empty() => Ok((plan, tests)),
            Ok(_) => Err("its graded test binary lists no test".to_owned()),
            Err(err) => Err(err),
        }
    }

    /// Runs the graded tests of the version installed for `exercise`
    /// [`RUNS`] times; a run ends at its first failing test. The first run
    /// finds a failing test; the others then run at once, each starting with
    /// the tests that failed before: a mistake caught by a time-out (a lost
    /// wake-up, a deadlock) then costs two time limits rather than five, and
    /// the processes of the later runs mostly wait.
    fn run(&self, manifest: &Manifest, exercise: &Exercise, build: &Build) -> Verdict {
        let mut verdict = Verdict::default();
        let (plan, tests) = match self.plan(manifest, exercise, build, false) {
            Ok(found) => found,
            Err(err) => {
                verdict.error = Some(err);
                return verdict;
            }
        };
        verdict.runs = RUNS;
        let one_run = |failed_before: &BTreeSet<String>| -> Option<String> {
            let mut order: Vec<&String> = tests
                .iter()
                .filter(|t| failed_before.contains(*t))
                .collect();
            order.extend(tests.iter().filter(|t| !failed_before.contains(*t)));
            order
                .into_iter()
                .find(|test| !runner::run_one(&plan, test).status.passed())
                .cloned()
        };
        let first = one_run(&verdict.failed_tests);
        let failed_before: BTreeSet<String> = first.iter().cloned().collect();
        let later: Vec<Option<String>> = std::thread::scope(|scope| {
            let runs: Vec<_> = (1..RUNS)
                .map(|_| scope.spawn(|| one_run(&failed_before)))
                .collect();
            runs.into_iter()
                .map(|run| run.join().unwrap_or(None))
                .collect()
        });
        for failed in std::iter::once(first).chain(later).flatten() {
            verdict.caught += 1;
            verdict.failed_tests.insert(failed);
        }
        verdict
    }

    /// Runs every loom model once against the version installed for
    /// `exercise` (loom explores the same interleavings every run): the runs
    /// the normal tests missed count as caught when a model fails, and the
    /// model the patch names must be among those that fail.
    fn run_loom(
        &self,
        manifest: &Manifest,
        exercise: &Exercise,
        build: &Build,
        mut verdict: Verdict,
        model: Option<String>,
    ) -> Verdict {
        let (plan, tests) = match self.plan(manifest, exercise, build, true) {
            Ok(found) => found,
            Err(err) => {
                verdict.error = Some(err);
                return verdict;
            }
        };
        for test in &tests {
            if !runner::run_one(&plan, test).status.passed() {
                verdict.loom_failed_tests.insert(test.clone());
            }
        }
        if !verdict.loom_failed_tests.is_empty() {
            verdict.caught_by_loom = verdict.runs - verdict.caught;
            verdict.caught = verdict.runs;
        }
        if let Some(model) = model {
            let failed = verdict
                .loom_failed_tests
                .iter()
                .any(|t| t == &model || t.ends_with(&format!("::{model}")));
            if !failed {
                verdict.loom_model_missed = Some(model);
            }
        }
        verdict
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOLUTION: &str =
        "fn push() {\n    while full() {\n        wait();\n    }\n    add();\n}\n";

    const PATCH: &str = "Wrong: `if` instead of `while` around `wait`\n\n\
        --- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,6 +1,6 @@\n fn push() {\n-    while full() {\n\
        +    if full() {\n         wait();\n     }\n     add();\n }\n";

    #[test]
    fn a_patch_names_its_mistake_and_applies_to_the_solution() {
        let parsed = parse(PATCH).expect("the patch parses");
        assert_eq!(parsed.mistake, "`if` instead of `while` around `wait`");
        assert_eq!(parsed.loom_model, None);
        let wrong = diffy::apply(SOLUTION, &parsed.patch).expect("the patch applies");
        assert!(wrong.contains("    if full() {"), "{wrong}");
    }

    #[test]
    fn a_patch_without_its_wrong_line_is_refused() {
        let err = parse(&PATCH.replacen("Wrong:", "Mistake:", 1)).expect_err("refused");
        assert!(err.contains("Wrong:"), "{err}");
    }

    #[test]
    fn a_patch_without_a_diff_is_refused() {
        let err = parse("Wrong: nothing\n").expect_err("refused");
        assert!(err.contains("unified diff"), "{err}");
    }

    #[test]
    fn a_patch_on_changed_code_does_not_apply() {
        let parsed = parse(PATCH).expect("the patch parses");
        let changed = SOLUTION.replace("while full()", "while self.full()");
        assert!(diffy::apply(&changed, &parsed.patch).is_err());
    }

    #[test]
    fn a_patch_may_name_the_loom_model_that_must_fail_it() {
        let text = PATCH.replacen(
            "\n\n---",
            "\nCaught by loom: `loom_two_producers_never_overfill_one_slot`\n\n---",
            1,
        );
        let parsed = parse(&text).expect("the patch parses");
        assert_eq!(
            parsed.loom_model.as_deref(),
            Some("loom_two_producers_never_overfill_one_slot")
        );
    }

    #[test]
    fn a_named_loom_model_that_passes_fails_the_check() {
        let missed = Verdict {
            runs: 5,
            caught: 5,
            loom_model_missed: Some("loom_x".into()),
            ..Verdict::default()
        };
        assert!(!missed.always_caught());
        assert!(
            missed.describe().contains("`loom_x`"),
            "{}",
            missed.describe()
        );
    }

    #[test]
    fn few_viable_mutants_ask_for_more_known_wrong_versions() {
        assert_eq!(required(Some(3)), MIN_VERSIONS_FEW_MUTANTS);
        assert_eq!(required(Some(20)), MIN_VERSIONS);
        assert_eq!(required(None), MIN_VERSIONS);
    }

    #[test]
    fn a_verdict_caught_in_some_runs_only_is_not_enough() {
        let sometimes = Verdict {
            runs: 5,
            caught: 4,
            ..Verdict::default()
        };
        assert!(!sometimes.always_caught());
        assert!(sometimes.describe().starts_with("caught 4/5"));
        let always = Verdict {
            runs: 5,
            caught: 5,
            ..Verdict::default()
        };
        assert!(always.always_caught());
    }
}
