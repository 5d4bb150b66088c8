//! `cargo course watch [NAME]`: rerun the current exercise on every save.
//! Saving a file of another exercise makes it the current one; `n` moves to
//! the next exercise not solved, `h` shows the next hint.
//!
//! Three threads feed one loop: a file watcher (`notify`), a key reader, and
//! a checker that builds and runs the graded tests (each test under its time
//! limit, so a hanging solution is reported, never waited on). The loop owns
//! the screen; it never blocks on a check, so keys work while one runs.

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::check::{self, Checked};
use crate::manifest::Manifest;
use crate::progress::Record;
use crate::status::{self, State};
use crate::{hints, ui};

/// How long to wait for a burst of file events (an editor's save) to end.
const SETTLE: Duration = Duration::from_millis(100);

enum Event {
    Changed(PathBuf),
    Key(char),
    Checked(usize, Result<Checked, String>),
    InputClosed,
}

/// Restores the terminal's line mode when dropped.
struct RawKeys {
    saved: Option<String>,
}

impl RawKeys {
    /// Single keys without Enter, when stdin is a terminal.
    fn enable() -> RawKeys {
        if !std::io::stdin().is_terminal() {
            return RawKeys { saved: None };
        }
        let saved = stty(&["-g"]).map(|s| s.trim().to_owned());
        if saved.is_some() {
            // -isig: Ctrl-C arrives as a key, so the terminal is always restored.
            stty(&["-icanon", "-echo", "-isig", "min", "1"]);
        }
        RawKeys { saved }
    }
}

impl Drop for RawKeys {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            stty(&[saved]);
        }
    }
}

fn stty(args: &[&str]) -> Option<String> {
    let output = Command::new("stty")
        .args(args)
        .stdin(Stdio::inherit())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

fn clear_screen() {
    if std::io::stdout().is_terminal() {
        print!("\x1b[2J\x1b[H");
    }
}

/// `cargo course watch [NAME]`: starts at NAME, or at the first exercise
/// not solved.
pub fn watch(root: &Path, manifest: &Manifest, start: Option<&str>) -> Result<(), String> {
    if manifest.exercises.is_empty() {
        return Err("the course has no exercises to watch".to_owned());
    }
    let mut states = status::states(root, manifest).states;
    let mut current = match start {
        Some(name) => index_of(manifest, name)?,
        None => match states.iter().position(|s| !s.solved()) {
            Some(index) => index,
            None => {
                println!("{}", ui::green("Every exercise is solved. Well done!"));
                println!(
                    "{}",
                    ui::dim("To work on one again: cargo course watch NAME")
                );
                return Ok(());
            }
        },
    };

    let (events, inbox) = mpsc::channel();
    let mut watcher = file_watcher(root, events.clone())?;
    let _keys = RawKeys::enable();
    spawn_key_reader(events.clone());
    let checker = spawn_checker(root.to_path_buf(), events);

    let mut record = Record::load(root);
    let mut checking = false;
    let mut pending = true;
    let mut saved_at: Option<Instant> = None;
    let mut last_save: Option<Instant> = None;
    let mut note = String::new();
    show_header(manifest, current, "");
    loop {
        if pending && !checking {
            pending = false;
            checking = true;
            let what = match saved_at {
                Some(at) => format!(
                    "{note}change seen {} after the save; checking…",
                    ui::duration(at.elapsed())
                ),
                None => format!("{note}checking…"),
            };
            last_save = saved_at.take();
            note.clear();
            show_header(manifest, current, &what);
            if checker.send(current).is_err() {
                return Err("the checker stopped unexpectedly".to_owned());
            }
        }
        let event = match inbox.recv() {
            Ok(event) => event,
            Err(_) => return Ok(()),
        };
        match event {
            Event::Changed(path) => {
                let Some(index) = exercise_of(root, manifest, &path) else {
                    continue;
                };
                let seen = Instant::now();
                // Let the burst of events from one save settle.
                while let Ok(Event::Changed(_)) = inbox.recv_timeout(SETTLE) {}
                if index != current {
                    current = index;
                    note = format!(
                        "switched to {}: you saved one of its files; ",
                        manifest.exercises[index].name
                    );
                }
                saved_at = Some(seen);
                pending = true;
            }
            Event::Checked(index, result) => {
                checking = false;
                let exercise = &manifest.exercises[index];
                if let Ok(checked) = &result
                    && let Some(outcome) = checked.outcome()
                {
                    record.set(root, exercise, outcome);
                    let _ = record.save(root);
                }
                // Solved by this check (not solved already, as when watch
                // was asked to start at a solved exercise): time to move on.
                let newly_solved = matches!(result, Ok(Checked::Solved)) && !states[index].solved();
                if let Ok(checked) = &result {
                    states[index] = state_of(exercise, checked, &states[index]);
                }
                if index != current || pending {
                    // A check of an exercise left since, or of a version
                    // saved over since: the next check says what counts.
                    continue;
                }
                show_header(manifest, current, "");
                match result {
                    Err(err) => println!("{} {err}", ui::red("error:")),
                    Ok(checked) => {
                        check::print(exercise, &checked);
                        if let Some(at) = last_save.take() {
                            println!(
                                "{}",
                                ui::dim(&format!(
                                    "result {} after the save",
                                    ui::duration(at.elapsed())
                                ))
                            );
                        }
                        if newly_solved {
                            match next_unsolved(&states, index) {
                                Some(next) => {
                                    current = next;
                                    println!();
                                    println!(
                                        "{} on to {}: open exercises/{}/src/lib.rs",
                                        ui::green("Solved!"),
                                        ui::bold(&manifest.exercises[next].name),
                                        manifest.exercises[next].name
                                    );
                                }
                                None => {
                                    println!(
                                        "{}",
                                        ui::green("Every exercise is solved. Well done!")
                                    );
                                    return Ok(());
                                }
                            }
                        }
                    }
                }
                print_keys();
            }
            Event::Key(key) => match key {
                'q' | '\u{3}' | '\u{4}' => {
                    println!("Bye.");
                    watcher.unwatch(&root.join("exercises")).unwrap_or_default();
                    return Ok(());
                }
                'h' => {
                    println!();
                    hints::hint(root, manifest, &manifest.exercises[current].name, false)?;
                    print_keys();
                }
                'n' => match next_unsolved(&states, current) {
                    Some(next) => {
                        current = next;
                        note = format!(
                            "next unsolved: {} ({}); ",
                            manifest.exercises[next].name,
                            states[next].words()
                        );
                        pending = true;
                    }
                    None => {
                        println!();
                        println!("Every other exercise is solved.");
                        print_keys();
                    }
                },
                'l' => {
                    println!();
                    for (i, (exercise, state)) in manifest.exercises.iter().zip(&states).enumerate()
                    {
                        let here = if i == current { "  ← current" } else { "" };
                        println!(
                            "  {} {} {}{here}",
                            state.mark(),
                            ui::pad(&exercise.name, 16),
                            state.words()
                        );
                    }
                    print_keys();
                }
                'c' => {
                    println!();
                    println!("Checking every exercise…");
                    let _ = check::run(root, manifest, None);
                    record = Record::load(root);
                    states = status::states(root, manifest).states;
                    print_keys();
                }
                _ => {}
            },
            Event::InputClosed => {}
        }
    }
}

/// The index of the exercise called `name`.
fn index_of(manifest: &Manifest, name: &str) -> Result<usize, String> {
    let exercise = manifest.exercise(name)?;
    Ok(manifest
        .exercises
        .iter()
        .position(|e| e.name == exercise.name)
        .unwrap_or(0))
}

/// The exercise whose directory holds `path` (`target/` inside left out).
fn exercise_of(root: &Path, manifest: &Manifest, path: &Path) -> Option<usize> {
    let relative = path.strip_prefix(root.join("exercises")).ok()?;
    let mut parts = relative.components();
    let name = parts.next()?.as_os_str().to_str()?;
    if parts.next().is_some_and(|c| c.as_os_str() == "target") {
        return None;
    }
    manifest.exercises.iter().position(|e| e.name == name)
}

/// The first exercise after `from` (going round) that is not solved.
fn next_unsolved(states: &[State], from: usize) -> Option<usize> {
    (1..states.len())
        .map(|step| (from + step) % states.len())
        .find(|&i| !states[i].solved())
}

/// The state a check shows; what cargo's own trouble says nothing of keeps
/// the state it had.
fn state_of(exercise: &crate::manifest::Exercise, checked: &Checked, before: &State) -> State {
    State::of_check(exercise, checked).unwrap_or_else(|| before.clone())
}

fn show_header(manifest: &Manifest, current: usize, activity: &str) {
    clear_screen();
    let exercise = &manifest.exercises[current];
    println!(
        "{} {}  (exercises/{}/src/lib.rs)",
        ui::bold("Watching"),
        ui::bold(&exercise.name),
        exercise.name
    );
    if !activity.is_empty() {
        println!("{}", ui::dim(activity));
    }
    let _ = std::io::stdout().flush();
}

fn print_keys() {
    println!();
    println!(
        "{}",
        ui::dim(
            "Save a file to rerun (any exercise's: watch follows).  \
             Keys: h next hint · n next unsolved · l list · c check all · q quit"
        )
    );
    let _ = std::io::stdout().flush();
}

fn file_watcher(root: &Path, events: Sender<Event>) -> Result<notify::RecommendedWatcher, String> {
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        if let Ok(event) = result
            && (event.kind.is_modify() || event.kind.is_create() || event.kind.is_remove())
        {
            for path in event.paths {
                let _ = events.send(Event::Changed(path));
            }
        }
    })
    .map_err(|e| format!("could not watch files: {e}"))?;
    watcher
        .watch(&root.join("exercises"), RecursiveMode::Recursive)
        .map_err(|e| format!("could not watch exercises/: {e}"))?;
    Ok(watcher)
}

fn spawn_key_reader(events: Sender<Event>) {
    thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        let mut byte = [0u8; 1];
        loop {
            match stdin.read(&mut byte) {
                Ok(1) => {
                    if events.send(Event::Key(char::from(byte[0]))).is_err() {
                        return;
                    }
                }
                _ => {
                    let _ = events.send(Event::InputClosed);
                    return;
                }
            }
        }
    });
}

fn spawn_checker(root: PathBuf, events: Sender<Event>) -> Sender<usize> {
    let (requests, inbox): (Sender<usize>, Receiver<usize>) = mpsc::channel();
    thread::spawn(move || {
        let manifest = match Manifest::load(&root) {
            Ok(manifest) => manifest,
            Err(err) => {
                let _ = events.send(Event::Checked(0, Err(err)));
                return;
            }
        };
        for index in inbox {
            let mut progress = ui::Progress::new();
            let result = check::check(&root, &manifest, &manifest.exercises[index], &mut progress);
            progress.clear();
            if events.send(Event::Checked(index, result)).is_err() {
                return;
            }
        }
    });
    requests
}
