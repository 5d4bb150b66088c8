//! What the learner sees: the course at a glance, the list, the next
//! exercise, each exercise in one of a few states.

use std::path::Path;

use crate::check::{self, Checked, Unbuildable};
use crate::health::{self, Health};
use crate::hints::{self, Seen};
use crate::manifest::{Exercise, Manifest};
use crate::progress::{Known, Outcome, Pristine, Record};
use crate::ui;

/// The state an exercise is shown in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Its sources are the untouched stub.
    NotStarted,
    /// Edited and failing: how many graded tests pass of how many, when it
    /// could be checked.
    InProgress(Option<(usize, usize)>),
    /// Edited, and the compiler refuses it.
    DoesNotCompile,
    /// Every graded test passes, as grading would have it.
    Solved,
    /// `exercises/<name>` is gone.
    Missing,
    /// It cannot be built as it is: why.
    Broken(String),
}

impl State {
    /// The state a check of `exercise` shows, unless cargo could not build
    /// for a reason outside the exercise (then it says nothing of it).
    pub fn of_check(exercise: &Exercise, checked: &Checked) -> Option<State> {
        Some(match checked {
            Checked::Solved => State::Solved,
            Checked::Failing(results) => State::InProgress(Some((
                results.iter().filter(|r| r.status.passed()).count(),
                results.len(),
            ))),
            Checked::DoesNotCompile(_) => State::DoesNotCompile,
            Checked::Unbuildable(Unbuildable::Itself(Health::Missing)) => State::Missing,
            Checked::Unbuildable(Unbuildable::Itself(health)) => {
                State::Broken(health.problem(exercise))
            }
            Checked::Unbuildable(Unbuildable::Cargo { .. }) => return None,
        })
    }

    pub fn solved(&self) -> bool {
        *self == State::Solved
    }

    pub fn needs_repair(&self) -> bool {
        matches!(self, State::Missing | State::Broken(_))
    }

    fn from_outcome(outcome: Outcome) -> State {
        match outcome {
            Outcome::Solved => State::Solved,
            Outcome::Failing { passed, total } => State::InProgress(Some((passed, total))),
            Outcome::DoesNotCompile => State::DoesNotCompile,
        }
    }

    /// The state in words, for `list`: `in progress 3/5`.
    pub fn words(&self) -> String {
        match self {
            State::NotStarted => "not started".to_owned(),
            State::InProgress(Some((passed, total))) => format!("in progress {passed}/{total}"),
            State::InProgress(None) => "in progress".to_owned(),
            State::DoesNotCompile => "does not compile".to_owned(),
            State::Solved => "solved".to_owned(),
            State::Missing => "missing".to_owned(),
            State::Broken(_) => "broken".to_owned(),
        }
    }

    /// The state's mark, coloured, for the overview.
    pub fn mark(&self) -> String {
        match self {
            State::NotStarted => "·".to_owned(),
            State::InProgress(_) => ui::yellow("◐"),
            State::DoesNotCompile => ui::red("✗"),
            State::Solved => ui::green("✓"),
            State::Missing | State::Broken(_) => ui::red("!"),
        }
    }
}

/// What the overview explains under its chapters.
pub fn legend() -> String {
    format!(
        "{} solved   {} in progress (3/5: graded tests passing)   {} does not compile\n\
         · not started   {} missing or broken   h1/3: hints seen",
        ui::green("✓"),
        ui::yellow("◐"),
        ui::red("✗"),
        ui::red("!")
    )
}

/// Every exercise's state, and what stopped some from being checked.
pub struct Course {
    pub states: Vec<State>,
    /// The exercise whose broken manifest makes cargo refuse the workspace.
    pub blocked_by: Option<String>,
    /// What else went wrong while checking (cargo failing for another reason).
    pub notes: Vec<String>,
    /// The exercises' names, in order.
    names: Vec<String>,
}

impl Course {
    /// The first exercise not solved.
    pub fn next(&self) -> Option<usize> {
        self.states.iter().position(|s| !s.solved())
    }

    /// What to do first: repair the exercise that stops cargo, if one
    /// does, or else the next exercise.
    pub fn first_thing(&self) -> Option<usize> {
        self.blocked_index().or_else(|| self.next())
    }

    fn blocked_index(&self) -> Option<usize> {
        let blocker = self.blocked_by.as_ref()?;
        self.names.iter().position(|n| n == blocker)
    }

    pub fn solved(&self) -> usize {
        self.states.iter().filter(|s| s.solved()).count()
    }
}

/// Every exercise's state: missing or broken from its directory, not
/// started from `stubs.lock`, the rest from the record where it is current,
/// and by running the graded tests of every exercise that changed since it
/// was last checked (unless cargo cannot build anything: then they stay "in
/// progress", unchecked).
pub fn states(root: &Path, manifest: &Manifest) -> Course {
    let mut record = Record::load(root);
    let pristine = Pristine::hashes(root);
    let mut progress = ui::Progress::new();
    let mut healths: Vec<Health> = manifest
        .exercises
        .iter()
        .map(|e| health::of(root, e))
        .collect();
    probe_changed_manifests(root, manifest, &mut healths);
    let mut course = Course {
        states: Vec::new(),
        blocked_by: manifest
            .exercises
            .iter()
            .zip(&healths)
            .find(|(_, h)| h.blocks_workspace())
            .map(|(e, _)| e.name.clone()),
        notes: Vec::new(),
        names: manifest.exercises.iter().map(|e| e.name.clone()).collect(),
    };
    let mut checked = false;
    for (exercise, health) in manifest.exercises.iter().zip(&healths) {
        let state = match health {
            Health::Missing => State::Missing,
            Health::Broken { .. } => State::Broken(health.problem(exercise)),
            Health::Sound => match record.known(root, exercise, &pristine) {
                Known::Pristine => State::NotStarted,
                Known::Checked(outcome) => State::from_outcome(outcome),
                Known::Unknown if course.blocked_by.is_some() => State::InProgress(None),
                Known::Unknown => {
                    checked = true;
                    let result = check::check(root, manifest, exercise, &mut progress);
                    match result {
                        Ok(result) => {
                            if let Some(outcome) = result.outcome() {
                                record.set(root, exercise, outcome);
                            }
                            unchecked_state(manifest, exercise, result, &mut course)
                        }
                        Err(err) => {
                            course.notes.push(format!("{}: {err}", exercise.name));
                            State::InProgress(None)
                        }
                    }
                }
            },
        };
        course.states.push(state);
    }
    progress.clear();
    if checked {
        // Only a cache: failing to save it costs a rebuild next time.
        let _ = record.save(root);
    }
    course
}

/// A `Cargo.toml` that parses and names its package may still be one that
/// cargo refuses (an unknown edition, a dependency that does not resolve).
/// When a sound exercise's manifest differs from its stub's, cargo is asked
/// once to load the workspace, without building: the exercise it blames is
/// broken.
fn probe_changed_manifests(root: &Path, manifest: &Manifest, healths: &mut [Health]) {
    if healths.iter().any(Health::blocks_workspace) {
        return;
    }
    let pristine = Pristine::load(root);
    let changed = manifest.exercises.iter().zip(healths.iter()).any(|(e, h)| {
        h.is_sound()
            && pristine.files(&e.name).is_some_and(|files| {
                let ours = files.iter().find(|f| f.path == Path::new("Cargo.toml"));
                let theirs = std::fs::read(e.stub_dir(root).join("Cargo.toml")).ok();
                ours.map(|f| &f.bytes) != theirs.as_ref()
            })
    });
    if !changed {
        return;
    }
    let mut cmd = crate::cargo::command(root, "metadata");
    cmd.args(["--no-deps", "--offline", "--format-version", "1"]);
    let crate::process::Outcome::Exited {
        success: false,
        stderr,
        ..
    } = crate::process::run_with_limit(cmd, std::time::Duration::from_secs(30))
    else {
        return;
    };
    if let Some(index) = health::blamed(manifest, &stderr)
        .and_then(|e| manifest.exercises.iter().position(|x| x.name == e.name))
    {
        healths[index] = Health::Broken {
            problem: format!(
                "cargo cannot load exercises/{}/Cargo.toml: {}",
                manifest.exercises[index].name,
                health::root_cause(&stderr)
            ),
            blocks_workspace: true,
        };
    }
}

/// The state that a fresh check gave, and what it says of the others.
fn unchecked_state(
    manifest: &Manifest,
    exercise: &Exercise,
    checked: Checked,
    course: &mut Course,
) -> State {
    let Checked::Unbuildable(Unbuildable::Cargo { complaint, blamed }) = checked else {
        return State::of_check(exercise, &checked).unwrap_or(State::InProgress(None));
    };
    let first = health::root_cause(&complaint);
    match blamed {
        Some(name) if name == exercise.name => {
            course.blocked_by = Some(name);
            State::Broken(format!(
                "cargo cannot load exercises/{}/Cargo.toml: {first}",
                exercise.name
            ))
        }
        Some(name) => {
            // Found broken by cargo though it looked sound: mark it
            // (it comes later in the course, or was marked already).
            if let Some(index) = manifest.exercises.iter().position(|e| e.name == name)
                && let Some(state) = course.states.get_mut(index)
            {
                *state = State::Broken(format!("cargo cannot load exercises/{name}/Cargo.toml"));
            }
            course.blocked_by = Some(name);
            State::InProgress(None)
        }
        None => {
            course.notes.push(format!(
                "{}: cargo could not build it: {first}",
                exercise.name
            ));
            State::InProgress(None)
        }
    }
}

/// `cargo course`: parts, chapters, exercises with their states, progress,
/// what needs repair, and what to do next.
pub fn overview(root: &Path, manifest: &Manifest) -> Result<(), String> {
    let course = states(root, manifest);
    let seen = Seen::load(root);
    let done = course.solved();
    let total = manifest.exercises.len();
    println!("{}", ui::bold(&manifest.course.title));
    println!(
        "{} {done}/{total} exercises solved",
        ui::bar(done, total, 30)
    );
    println!();
    print_chapters(manifest, &course.states, &seen);
    println!();
    for line in legend().lines() {
        println!("{}", ui::dim(line));
    }
    print_repairs(manifest, &course);
    println!();
    match course.first_thing() {
        Some(next) => print_next(
            root,
            manifest,
            &manifest.exercises[next],
            &course.states[next],
        ),
        None if total > 0 => println!("{}", ui::green("Every exercise is solved. Well done!")),
        None => println!("The course has no exercises yet."),
    }
    println!();
    println!(
        "{}",
        ui::dim("Read the book: `cargo course book --open`. All commands: `cargo course help`.")
    );
    Ok(())
}

/// The exercises that are missing or broken, each with its repair, and the
/// notes of checks that could not run.
fn print_repairs(manifest: &Manifest, course: &Course) {
    let broken: Vec<(&Exercise, &State)> = manifest
        .exercises
        .iter()
        .zip(&course.states)
        .filter(|(_, s)| s.needs_repair())
        .collect();
    if !broken.is_empty() {
        println!();
        println!("{}", ui::bold("To repair:"));
        for (exercise, state) in broken {
            let problem = match state {
                State::Broken(problem) => problem.clone(),
                _ => format!("exercises/{} is missing", exercise.name),
            };
            println!(
                "  {} {problem}\n      {}",
                ui::red("!"),
                ui::bold(&health::repair_command(exercise))
            );
        }
    }
    if let Some(blocker) = &course.blocked_by {
        println!(
            "  {}",
            ui::yellow(&format!(
                "Until exercises/{blocker} is repaired, cargo refuses every command in this \
                 workspace (`cargo test -p` of any exercise included), so changed exercises \
                 cannot be checked."
            ))
        );
    }
    for note in &course.notes {
        println!("  {} {note}", ui::yellow("note:"));
    }
}

/// The column in which a chapter's exercises start.
const TITLE_WIDTH: usize = 48;

/// How wide a line of the overview may grow before its marks wrap.
const LINE_WIDTH: usize = 110;

/// One exercise as the overview shows it: `◐ values-2 3/5 h1/3`.
fn overview_mark(exercise: &Exercise, state: &State, seen: &Seen) -> String {
    let mut text = format!("{} {}", state.mark(), exercise.name);
    match state {
        State::InProgress(Some((passed, total))) => text.push_str(&format!(" {passed}/{total}")),
        State::Missing => text.push_str(" missing"),
        State::Broken(_) => text.push_str(" broken"),
        _ => {}
    }
    let hints = seen.of(exercise);
    if hints > 0 {
        let total = hints::hints(exercise).len();
        text.push_str(&format!(" {}", ui::dim(&format!("h{hints}/{total}"))));
    }
    text
}

fn print_chapters(manifest: &Manifest, states: &[State], seen: &Seen) {
    for part in &manifest.parts {
        println!("{}", ui::bold(&part.title));
        for chapter in manifest.chapters.iter().filter(|c| c.part == part.id) {
            let marks: Vec<String> = manifest
                .exercises
                .iter()
                .zip(states)
                .filter(|(e, _)| e.chapter == chapter.id)
                .map(|(e, s)| overview_mark(e, s, seen))
                .collect();
            // Marks wrap under each other when they do not fit on the line.
            let mut lines: Vec<String> = Vec::new();
            let mut line = String::new();
            for mark in marks {
                let width = ui::display_width(&ui::strip_colors(&line));
                let extra = ui::display_width(&ui::strip_colors(&mark));
                if !line.is_empty() && TITLE_WIDTH + 3 + width + 2 + extra > LINE_WIDTH {
                    lines.push(std::mem::take(&mut line));
                }
                if !line.is_empty() {
                    line.push_str("  ");
                }
                line.push_str(&mark);
            }
            lines.push(line);
            // Long titles put their exercises on the next line.
            let mut title = if ui::display_width(&chapter.title) > TITLE_WIDTH {
                println!("  {}", chapter.title);
                String::new()
            } else {
                chapter.title.clone()
            };
            for marks in lines {
                println!("  {} {marks}", ui::pad(&title, TITLE_WIDTH));
                title.clear();
            }
        }
    }
}

fn print_next(root: &Path, manifest: &Manifest, next: &Exercise, state: &State) {
    let chapter = manifest
        .chapter(&next.chapter)
        .map(|c| c.title.as_str())
        .unwrap_or("?");
    let file = next.stub_dir(root).join("src/lib.rs");
    let file = file.strip_prefix(root).unwrap_or(&file);
    let what = if state.needs_repair() {
        "First, repair:"
    } else {
        "Next:"
    };
    println!(
        "{} {}  ({})",
        ui::bold(what),
        ui::bold(&next.name),
        state.words()
    );
    println!("  chapter   {chapter}");
    if state.needs_repair() {
        println!("  repair    {}", health::repair_command(next));
    } else {
        println!("  open      {}", file.display());
    }
    println!("  test      cargo test -p {}", next.name);
    println!("  hint      cargo course hint {}", next.name);
}

/// `cargo course next`: only the next exercise.
pub fn next(root: &Path, manifest: &Manifest) -> Result<(), String> {
    let course = states(root, manifest);
    match course.first_thing() {
        Some(next) => print_next(
            root,
            manifest,
            &manifest.exercises[next],
            &course.states[next],
        ),
        None => println!("{}", ui::green("Every exercise is solved. Well done!")),
    }
    Ok(())
}

/// `cargo course list`: every exercise with its state, points, hints seen
/// and the command to run.
pub fn list(root: &Path, manifest: &Manifest) -> Result<(), String> {
    let course = states(root, manifest);
    let seen = Seen::load(root);
    for part in &manifest.parts {
        println!("{}", ui::bold(&part.title));
        for chapter in manifest.chapters.iter().filter(|c| c.part == part.id) {
            println!("  {}", chapter.title);
            for (exercise, state) in manifest
                .exercises
                .iter()
                .zip(&course.states)
                .filter(|(e, _)| e.chapter == chapter.id)
            {
                let words = ui::pad(&state.words(), 18);
                let hints = format!(
                    "hints {}/{}",
                    seen.of(exercise),
                    hints::hints(exercise).len()
                );
                let command = if state.needs_repair() {
                    health::repair_command(exercise)
                } else {
                    format!("cargo test -p {}", exercise.name)
                };
                println!(
                    "    {} {} {}  {:>3} points  {hints}   {command}",
                    state.mark(),
                    ui::pad(&exercise.name, 16),
                    words,
                    exercise.points,
                );
            }
        }
    }
    println!();
    for line in legend().lines() {
        println!("{}", ui::dim(line));
    }
    print_repairs(manifest, &course);
    Ok(())
}
