//! Hints in steps: `cargo course hint NAME` shows the next hint not yet seen,
//! and remembers, per exercise, how many have been shown
//! (`target/course/hints.json`, never committed; deleting it only forgets).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::manifest::{Exercise, Manifest};
use crate::ui;

fn seen_path(root: &Path) -> PathBuf {
    root.join("target/course/hints.json")
}

/// How many hints of each exercise have been shown.
#[derive(Debug, Default)]
pub struct Seen {
    counts: BTreeMap<String, usize>,
}

impl Seen {
    /// The counts on disk; an unreadable file counts nothing.
    pub fn load(root: &Path) -> Seen {
        let counts = fs::read_to_string(seen_path(root))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        Seen { counts }
    }

    pub fn save(&self, root: &Path) -> std::io::Result<()> {
        let path = seen_path(root);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir)?;
        }
        let text = serde_json::to_string_pretty(&self.counts).map_err(std::io::Error::other)?;
        fs::write(path, text)
    }

    /// How many of `exercise`'s hints have been shown (at most all of them).
    pub fn of(&self, exercise: &Exercise) -> usize {
        self.counts
            .get(&exercise.name)
            .copied()
            .unwrap_or(0)
            .min(hints(exercise).len())
    }

    fn set(&mut self, exercise: &Exercise, count: usize) {
        self.counts.insert(exercise.name.clone(), count);
    }
}

/// The exercise's hints, blank ones left out.
pub fn hints(exercise: &Exercise) -> Vec<&str> {
    exercise
        .hints
        .iter()
        .map(|h| h.trim())
        .filter(|h| !h.is_empty())
        .collect()
}

/// `cargo course hint NAME [--all]`: the next hint not yet seen (and how
/// many remain), or with `all` every hint. Once every hint has been seen,
/// all are shown again.
pub fn hint(root: &Path, manifest: &Manifest, name: &str, all: bool) -> Result<(), String> {
    let exercise = manifest.exercise(name)?;
    let mut seen = Seen::load(root);
    let text = next_hint(exercise, &mut seen, all);
    print!("{text}");
    if let Err(err) = seen.save(root) {
        eprintln!(
            "{} could not remember the hints you have seen: {err}",
            ui::yellow("warning:")
        );
    }
    Ok(())
}

/// What `hint` prints, and the count of hints seen after it.
pub fn next_hint(exercise: &Exercise, seen: &mut Seen, all: bool) -> String {
    let name = &exercise.name;
    let hints = hints(exercise);
    let total = hints.len();
    let before = seen.of(exercise);
    let mut out = String::new();
    if all || before >= total {
        for (step, hint) in hints.iter().enumerate() {
            out.push_str(&format!(
                "{}\n{}\n\n",
                ui::bold(&format!("Hint {} of {total} ({name}):", step + 1)),
                indent(hint)
            ));
        }
        seen.set(exercise, total);
        let note = if all {
            format!("all {total} hints of {name}")
        } else {
            format!("you had seen all {total} hints of {name}; here they are again")
        };
        out.push_str(&format!(
            "{}\n",
            ui::dim(&format!("{note}. Test it: cargo test -p {name}"))
        ));
        return out;
    }
    let step = before + 1;
    out.push_str(&format!(
        "{}\n{}\n\n",
        ui::bold(&format!("Hint {step} of {total} ({name}):")),
        indent(hints[before])
    ));
    seen.set(exercise, step);
    let footer = if step < total {
        let more = total - step;
        format!(
            "hint {step} of {total}; run it again for the next ({more} more: \
             `cargo course hint {name}`, or all at once with --all)"
        )
    } else {
        format!("hint {step} of {total}: that was the last one. Test it: cargo test -p {name}")
    };
    out.push_str(&format!("{}\n", ui::dim(&footer)));
    out
}

/// `text` wrapped at 96 columns and indented by two spaces.
fn indent(text: &str) -> String {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && ui::display_width(&line) + 1 + ui::display_width(word) > 96 {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .iter()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise() -> Exercise {
        crate::manifest::one_exercise(&["one", " ", "two", "three"])
    }

    #[test]
    fn hints_come_one_at_a_time_then_all_again() {
        let exercise = exercise();
        let mut seen = Seen::default();
        let first = next_hint(&exercise, &mut seen, false);
        assert!(first.contains("Hint 1 of 3 (x-1):\n  one"), "{first}");
        assert!(
            first.contains("hint 1 of 3; run it again for the next (2 more"),
            "{first}"
        );
        assert!(!first.contains("two"), "{first}");
        let second = next_hint(&exercise, &mut seen, false);
        assert!(second.contains("Hint 2 of 3 (x-1):\n  two"), "{second}");
        let third = next_hint(&exercise, &mut seen, false);
        assert!(third.contains("that was the last one"), "{third}");
        assert_eq!(seen.of(&exercise), 3);
        let again = next_hint(&exercise, &mut seen, false);
        assert!(
            again.contains("  one") && again.contains("  three"),
            "{again}"
        );
        assert!(again.contains("you had seen all 3"), "{again}");
    }

    #[test]
    fn all_shows_every_hint_and_counts_them_seen() {
        let exercise = exercise();
        let mut seen = Seen::default();
        let all = next_hint(&exercise, &mut seen, true);
        assert!(
            all.contains("Hint 1 of 3") && all.contains("Hint 3 of 3"),
            "{all}"
        );
        assert_eq!(seen.of(&exercise), 3);
    }

    #[test]
    fn long_hints_are_wrapped() {
        let text = indent(&"word ".repeat(40));
        assert!(text.lines().count() > 1, "{text}");
        assert!(text.lines().all(|l| l.len() <= 98), "{text}");
    }
}
