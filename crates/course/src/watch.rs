//! `cargo course watch`: rerun the current exercise on every save.
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
use crate::progress::{Pristine, Record};
use crate::{status, ui};

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

/// `cargo course watch`.
pub fn watch(root: &Path, manifest: &Manifest) -> Result<(), String> {
    if manifest.exercises.is_empty() {
        return Err("the course has no exercises to watch".to_owned());
    }
    let solved = status::solved(root, manifest)?;
    let Some(mut current) = solved.iter().position(|s| !s) else {
        println!("{}", ui::green("Every exercise is solved. Well done!"));
        return Ok(());
    };

    let (events, inbox) = mpsc::channel();
    let mut watcher = file_watcher(root, events.clone())?;
    let _keys = RawKeys::enable();
    spawn_key_reader(events.clone());
    let checker = spawn_checker(root.to_path_buf(), events);

    let mut record = Record::load(root);
    let mut checking = false;
    let mut pending = true;
    let mut last_change: Option<Instant> = None;
    show_header(manifest, current, "");
    loop {
        if pending && !checking {
            pending = false;
            checking = true;
            let what = match last_change.take() {
                Some(at) => format!(
                    "change seen {} after the save; checking…",
                    ui::duration(at.elapsed())
                ),
                None => "checking…".to_owned(),
            };
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
                let src = manifest.exercises[current].stub_dir(root).join("src");
                if path.starts_with(&src) {
                    let seen = Instant::now();
                    // Let the burst of events from one save settle.
                    while let Ok(Event::Changed(_)) = inbox.recv_timeout(SETTLE) {}
                    last_change = Some(seen);
                    pending = true;
                }
            }
            Event::Checked(index, result) => {
                checking = false;
                if index != current {
                    continue;
                }
                let exercise = &manifest.exercises[index];
                match result {
                    Err(err) => {
                        show_header(manifest, current, "");
                        println!("{} {err}", ui::red("error:"));
                    }
                    Ok(checked) => {
                        let solved = matches!(checked, Checked::Solved);
                        record.set(root, exercise, solved);
                        let _ = record.save(root);
                        show_header(manifest, current, "");
                        check::print(exercise, &checked);
                        if solved {
                            let pristine = Pristine::load(root);
                            let next = (index + 1..manifest.exercises.len()).find(|&i| {
                                record.known(root, &manifest.exercises[i], &pristine)
                                    != crate::progress::Known::Solved
                            });
                            match next {
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
                    status::hint(manifest, &manifest.exercises[current].name)?;
                    print_keys();
                }
                'l' => {
                    println!();
                    let pristine = Pristine::load(root);
                    for (i, exercise) in manifest.exercises.iter().enumerate() {
                        let state = record.known(root, exercise, &pristine);
                        let mark = match state {
                            crate::progress::Known::Solved => ui::green("✓"),
                            crate::progress::Known::Unsolved => "·".to_owned(),
                            crate::progress::Known::Unknown => "?".to_owned(),
                        };
                        let here = if i == current { "  ← current" } else { "" };
                        println!("  {mark} {}{here}", exercise.name);
                    }
                    print_keys();
                }
                'c' => {
                    println!();
                    println!("Checking every exercise…");
                    let _ = check::run(root, manifest, None);
                    record = Record::load(root);
                    print_keys();
                }
                _ => {}
            },
            Event::InputClosed => {}
        }
    }
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
        ui::dim("Save the file to rerun.  Keys: h hint · l list · c check all · q quit")
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
