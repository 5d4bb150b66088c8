//! What the learner sees: the course at a glance, the list, the hints.

use std::path::Path;

use crate::check;
use crate::manifest::{Exercise, Manifest};
use crate::progress::{Known, Pristine, Record};
use crate::ui;

/// Which exercises are solved: from the record where it is current, from
/// `stubs.lock` for untouched stubs, and by running the graded tests of every
/// exercise that changed since it was last checked.
pub fn solved(root: &Path, manifest: &Manifest) -> Result<Vec<bool>, String> {
    let mut record = Record::load(root);
    let pristine = Pristine::load(root);
    let mut progress = ui::Progress::new();
    let mut solved = Vec::new();
    let mut checked = false;
    for exercise in &manifest.exercises {
        let state = match record.known(root, exercise, &pristine) {
            Known::Solved => true,
            Known::Unsolved => false,
            Known::Unknown => {
                checked = true;
                let result = check::check(root, manifest, exercise, &mut progress)?;
                let passed = matches!(result, check::Checked::Solved);
                record.set(root, exercise, passed);
                passed
            }
        };
        solved.push(state);
    }
    progress.clear();
    if checked {
        // Only a cache: failing to save it costs a rebuild next time.
        let _ = record.save(root);
    }
    Ok(solved)
}

/// `cargo course`: parts, chapters, exercises, progress, and what to do next.
pub fn overview(root: &Path, manifest: &Manifest) -> Result<(), String> {
    let solved = solved(root, manifest)?;
    let done = solved.iter().filter(|s| **s).count();
    let total = manifest.exercises.len();
    println!("{}", ui::bold(&manifest.course.title));
    println!(
        "{} {done}/{total} exercises solved",
        ui::bar(done, total, 30)
    );
    println!();
    print_chapters(manifest, &solved);
    println!();
    match manifest.exercises.iter().zip(&solved).find(|(_, s)| !**s) {
        Some((next, _)) => print_next(root, manifest, next),
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

/// The column in which a chapter's exercises start.
const TITLE_WIDTH: usize = 48;

fn print_chapters(manifest: &Manifest, solved: &[bool]) {
    for part in &manifest.parts {
        println!("{}", ui::bold(&part.title));
        for chapter in manifest.chapters.iter().filter(|c| c.part == part.id) {
            let marks: Vec<String> = manifest
                .exercises
                .iter()
                .zip(solved)
                .filter(|(e, _)| e.chapter == chapter.id)
                .map(|(e, s)| {
                    if *s {
                        ui::green(&format!("✓ {}", e.name))
                    } else {
                        format!("· {}", e.name)
                    }
                })
                .collect();
            // Long titles put their exercises on the next line.
            if ui::display_width(&chapter.title) > TITLE_WIDTH {
                println!("  {}", chapter.title);
                println!("  {} {}", ui::pad("", TITLE_WIDTH), marks.join("  "));
            } else {
                println!(
                    "  {} {}",
                    ui::pad(&chapter.title, TITLE_WIDTH),
                    marks.join("  ")
                );
            }
        }
    }
}

fn print_next(root: &Path, manifest: &Manifest, next: &Exercise) {
    let chapter = manifest
        .chapter(&next.chapter)
        .map(|c| c.title.as_str())
        .unwrap_or("?");
    let file = next.stub_dir(root).join("src/lib.rs");
    let file = file.strip_prefix(root).unwrap_or(&file);
    println!("{} {}", ui::bold("Next:"), ui::bold(&next.name));
    println!("  chapter   {chapter}");
    println!("  open      {}", file.display());
    println!("  test      cargo test -p {}", next.name);
    println!("  hint      cargo course hint {}", next.name);
}

/// `cargo course next`: only the next exercise.
pub fn next(root: &Path, manifest: &Manifest) -> Result<(), String> {
    let solved = solved(root, manifest)?;
    match manifest.exercises.iter().zip(&solved).find(|(_, s)| !**s) {
        Some((next, _)) => print_next(root, manifest, next),
        None => println!("{}", ui::green("Every exercise is solved. Well done!")),
    }
    Ok(())
}

/// `cargo course list`.
pub fn list(root: &Path, manifest: &Manifest) -> Result<(), String> {
    let solved = solved(root, manifest)?;
    for part in &manifest.parts {
        println!("{}", ui::bold(&part.title));
        for chapter in manifest.chapters.iter().filter(|c| c.part == part.id) {
            println!("  {}", chapter.title);
            for (exercise, solved) in manifest
                .exercises
                .iter()
                .zip(&solved)
                .filter(|(e, _)| e.chapter == chapter.id)
            {
                let mark = if *solved {
                    ui::green("solved")
                } else {
                    "       ".to_owned()
                };
                println!(
                    "    {:<14} {mark}  {:>3} points   cargo test -p {}",
                    exercise.name, exercise.points, exercise.name
                );
            }
        }
    }
    Ok(())
}

/// `cargo course hint NAME`: the hints, in steps.
pub fn hint(manifest: &Manifest, name: &str) -> Result<(), String> {
    let exercise = manifest.exercise(name)?;
    let hints: Vec<&String> = exercise
        .hints
        .iter()
        .filter(|h| !h.trim().is_empty())
        .collect();
    for (step, hint) in hints.iter().enumerate() {
        if hints.len() > 1 {
            println!(
                "{} {}",
                ui::bold(&format!("Hint {}/{}:", step + 1, hints.len())),
                hint.trim()
            );
        } else {
            println!("{} {}", ui::bold("Hint:"), hint.trim());
        }
    }
    println!();
    println!("{}", ui::dim(&format!("Test it: cargo test -p {name}")));
    Ok(())
}
