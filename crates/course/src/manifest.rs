//! `course.toml`: the parts, chapters and exercises of the course, in order.
//!
//! Loading checks more than the TOML syntax: every reference between entries
//! must resolve, so that the rest of the tool can trust the manifest.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

/// The file name of the manifest at the course root.
pub const FILE: &str = "course.toml";

/// The whole manifest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub course: CourseInfo,
    #[serde(default, rename = "part")]
    pub parts: Vec<Part>,
    #[serde(default, rename = "chapter")]
    pub chapters: Vec<Chapter>,
    #[serde(default, rename = "exercise")]
    pub exercises: Vec<Exercise>,
}

/// `[course]`: settings for the whole course.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CourseInfo {
    pub title: String,
    /// The per-test limit for exercises that do not set `timeout_ms`.
    pub default_timeout_ms: u64,
}

/// `[[part]]`: a part of the book.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: String,
    pub title: String,
}

/// `[[chapter]]`: one topic, one chapter of the book.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    pub id: String,
    pub part: String,
    pub title: String,
    /// The chapter's Markdown file, relative to the course root.
    pub file: PathBuf,
}

impl Chapter {
    /// The chapter's file relative to `book/src`, as SUMMARY.md and the
    /// built book name it (`channels.md`).
    pub fn book_page(&self) -> &Path {
        self.file.strip_prefix("book/src").unwrap_or(&self.file)
    }
}

/// `[[exercise]]`: one exercise and how it is graded.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub name: String,
    pub chapter: String,
    pub points: u32,
    pub timeout_ms: Option<u64>,
    #[serde(default)]
    pub loom: bool,
    pub hints: Vec<String>,
    /// Tests allowed to pass on the untouched stub, each with its reason.
    #[serde(default)]
    pub stub_may_pass: Vec<StubMayPass>,
    /// Optional weights for grading; a test not named weighs 1.
    #[serde(default)]
    pub test_weights: BTreeMap<String, u32>,
    /// What the reference solution legitimately uses, and so what a
    /// submission is granted (see `grade::capabilities`).
    #[serde(default)]
    pub capabilities: Vec<Capability>,
}

/// Something a submission may only use when its exercise grants it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Capability {
    /// Starting processes (`std::process::Command`).
    Processes,
    /// The file system (`std::fs`, `tokio::fs`).
    Files,
    /// Signals (`kill`, `signal-hook`, `nix::sys::signal`…).
    Signals,
    /// Sockets (`std::net`, `std::os::unix::net`, `tokio::net`).
    Sockets,
    /// `unsafe` code, `extern` blocks and `#[link]`.
    Unsafe,
}

impl Capability {
    pub fn name(self) -> &'static str {
        match self {
            Capability::Processes => "processes",
            Capability::Files => "files",
            Capability::Signals => "signals",
            Capability::Sockets => "sockets",
            Capability::Unsafe => "unsafe",
        }
    }
}

/// An exception to "every graded test fails on the stub".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StubMayPass {
    pub test: String,
    pub reason: String,
}

impl Exercise {
    /// The learner's stub directory.
    pub fn stub_dir(&self, root: &Path) -> PathBuf {
        root.join("exercises").join(&self.name)
    }

    /// The reference solution's directory.
    pub fn solution_dir(&self, root: &Path) -> PathBuf {
        root.join("solutions").join(&self.name)
    }

    /// The graded tests, shared by stub and solution.
    pub fn tests_file(&self, root: &Path) -> PathBuf {
        root.join("tests").join(format!("{}.rs", self.name))
    }

    /// The stub's package name (also the exercise's name).
    pub fn stub_package(&self) -> &str {
        &self.name
    }

    /// The solution's package name.
    pub fn solution_package(&self) -> String {
        format!("{}-solution", self.name)
    }

    /// The library name that stub and solution share.
    pub fn lib_name(&self) -> String {
        self.name.replace('-', "_")
    }

    /// The per-test time limit.
    pub fn timeout(&self, course: &CourseInfo) -> Duration {
        Duration::from_millis(self.timeout_ms.unwrap_or(course.default_timeout_ms))
    }

    /// The grading weight of `test`.
    pub fn weight(&self, test: &str) -> u32 {
        self.test_weights.get(test).copied().unwrap_or(1)
    }

    /// Whether `test` may pass on the stub, by an explicit entry.
    pub fn stub_may_pass(&self, test: &str) -> bool {
        self.stub_may_pass.iter().any(|entry| entry.test == test)
    }
}

impl Manifest {
    /// Reads and checks `course.toml` at `root`.
    ///
    /// The error is a complete message for the user: what is wrong, where,
    /// and what to do.
    pub fn load(root: &Path) -> Result<Manifest, String> {
        let path = root.join(FILE);
        let text = fs::read_to_string(&path).map_err(|err| {
            format!(
                "could not read {}: {err}\nRun `cargo course` from inside the course's checkout.",
                path.display()
            )
        })?;
        Self::parse(&text)
    }

    /// Parses and checks the text of a manifest.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        let manifest: Manifest = toml::from_str(text).map_err(|err| {
            format!(
                "{FILE} is not valid: {err}\nFix the entry shown above; CONTRIBUTING.md describes every field."
            )
        })?;
        let problems = manifest.problems();
        if problems.is_empty() {
            Ok(manifest)
        } else {
            Err(format!(
                "{FILE} is inconsistent:\n{}\nFix these entries; CONTRIBUTING.md describes every field.",
                problems
                    .iter()
                    .map(|p| format!("  - {p}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            ))
        }
    }

    /// Every broken reference or impossible value, as sentences.
    fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.course.default_timeout_ms == 0 {
            problems.push("[course] default_timeout_ms must be more than 0".to_owned());
        }
        let parts = unique(
            self.parts.iter().map(|p| p.id.as_str()),
            "part",
            &mut problems,
        );
        let chapters = unique(
            self.chapters.iter().map(|c| c.id.as_str()),
            "chapter",
            &mut problems,
        );
        unique(
            self.exercises.iter().map(|e| e.name.as_str()),
            "exercise",
            &mut problems,
        );
        for chapter in &self.chapters {
            if !parts.contains(chapter.part.as_str()) {
                problems.push(format!(
                    "chapter `{}` names part `{}`, which no [[part]] declares",
                    chapter.id, chapter.part
                ));
            }
        }
        for exercise in &self.exercises {
            let name = &exercise.name;
            if !is_exercise_name(name) {
                problems.push(format!(
                    "exercise `{name}`: names are `<topic>-<n>` in lowercase, like `channels-1`"
                ));
            }
            if !chapters.contains(exercise.chapter.as_str()) {
                problems.push(format!(
                    "exercise `{name}` names chapter `{}`, which no [[chapter]] declares",
                    exercise.chapter
                ));
            }
            if exercise.points == 0 {
                problems.push(format!("exercise `{name}` must be worth at least 1 point"));
            }
            if exercise.timeout_ms == Some(0) {
                problems.push(format!("exercise `{name}`: timeout_ms must be more than 0"));
            }
            if exercise.hints.iter().all(|h| h.trim().is_empty()) {
                problems.push(format!("exercise `{name}` needs at least one hint"));
            }
            for entry in &exercise.stub_may_pass {
                if entry.reason.trim().is_empty() {
                    problems.push(format!(
                        "exercise `{name}`: stub_may_pass for `{}` needs a reason",
                        entry.test
                    ));
                }
            }
        }
        problems
    }

    /// The exercise called `name`, or an error that names the closest one
    /// (or, when none is close, lists the names there are).
    pub fn exercise(&self, name: &str) -> Result<&Exercise, String> {
        self.exercises
            .iter()
            .find(|e| e.name == name)
            .ok_or_else(|| {
                let names: Vec<&str> = self.exercises.iter().map(|e| e.name.as_str()).collect();
                match similar(name, &names) {
                    Some(close) => format!(
                        "there is no exercise `{name}`; did you mean `{close}`?\n\
                         Run `cargo course list` to see every exercise with its chapter."
                    ),
                    None => format!(
                        "there is no exercise `{name}`. The exercises are: {}.\n\
                         Run `cargo course list` to see them with their chapters.",
                        names.join(", ")
                    ),
                }
            })
    }

    /// The chapter with the given id (the manifest guarantees it exists).
    pub fn chapter(&self, id: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.id == id)
    }
}

fn unique<'a>(
    ids: impl Iterator<Item = &'a str>,
    kind: &str,
    problems: &mut Vec<String>,
) -> BTreeSet<&'a str> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            problems.push(format!("{kind} `{id}` is declared twice"));
        }
    }
    seen
}

/// `<topic>-<n>`: lowercase words joined by `-`, ending in a number.
fn is_exercise_name(name: &str) -> bool {
    let Some((topic, number)) = name.rsplit_once('-') else {
        return false;
    };
    !topic.is_empty()
        && topic
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !number.is_empty()
        && number.chars().all(|c| c.is_ascii_digit())
}

/// The name among `names` that `word` most likely meant: one a typo or two
/// away (a letter missing, extra, wrong, or two swapped), or the first
/// exercise of a topic given by its name alone (`channels` → `channels-1`).
pub fn similar<'n>(word: &str, names: &[&'n str]) -> Option<&'n str> {
    let word = word.to_lowercase();
    let allowed = (word.chars().count() / 4).clamp(1, 3);
    let closest = names
        .iter()
        .map(|name| (edit_distance(&word, name), *name))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name);
    closest.or_else(|| {
        names
            .iter()
            .find(|name| {
                name.strip_prefix(word.as_str())
                    .is_some_and(|rest| rest.starts_with('-'))
            })
            .copied()
    })
}

/// Optimal string alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbours, each counting one.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

/// Finds the course root: the nearest directory at or above `start` that
/// holds a `course.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join(FILE).is_file() && dir.join("Cargo.toml").is_file())
        .map(Path::to_path_buf)
}

/// A course of one exercise, `x-1` of chapter `x`, with `hints`: what unit
/// tests of other modules need of a manifest.
#[cfg(test)]
pub(crate) fn one_exercise(hints: &[&str]) -> Exercise {
    let hints: Vec<String> = hints.iter().map(|h| format!("{h:?}")).collect();
    let text = format!(
        "[course]\ntitle = \"t\"\ndefault_timeout_ms = 3000\n\
         [[part]]\nid = \"p\"\ntitle = \"P\"\n\
         [[chapter]]\nid = \"x\"\npart = \"p\"\ntitle = \"X\"\nfile = \"book/src/x.md\"\n\
         [[exercise]]\nname = \"x-1\"\nchapter = \"x\"\npoints = 1\nhints = [{}]\n",
        hints.join(", ")
    );
    Manifest::parse(&text)
        .expect("a valid one-exercise course")
        .exercises
        .remove(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
        [course]
        title = "t"
        default_timeout_ms = 3000
        [[part]]
        id = "p"
        title = "P"
        [[chapter]]
        id = "channels"
        part = "p"
        title = "Channels"
        file = "book/src/channels.md"
        [[exercise]]
        name = "channels-1"
        chapter = "channels"
        points = 10
        hints = ["look"]
    "#;

    #[test]
    fn a_good_manifest_loads() {
        let manifest = Manifest::parse(GOOD).expect("valid");
        let exercise = manifest.exercise("channels-1").expect("present");
        assert_eq!(exercise.solution_package(), "channels-1-solution");
        assert_eq!(exercise.lib_name(), "channels_1");
        assert_eq!(exercise.timeout(&manifest.course), Duration::from_secs(3));
    }

    #[test]
    fn a_syntax_error_says_where_and_what_to_do() {
        let err = Manifest::parse("[course\ntitle = 1").expect_err("invalid");
        assert!(err.contains("course.toml is not valid"), "{err}");
        assert!(err.contains("line 1"), "{err}");
        assert!(err.contains("CONTRIBUTING.md"), "{err}");
    }

    #[test]
    fn an_unknown_field_is_named() {
        let text = GOOD.replace("points = 10", "points = 10\npoint = 3");
        let err = Manifest::parse(&text).expect_err("unknown field");
        assert!(err.contains("point"), "{err}");
    }

    #[test]
    fn broken_references_are_listed() {
        let text = GOOD
            .replace("chapter = \"channels\"", "chapter = \"select\"")
            .replace("part = \"p\"", "part = \"q\"")
            .replace("points = 10", "points = 0");
        let err = Manifest::parse(&text).expect_err("inconsistent");
        assert!(err.contains("chapter `select`"), "{err}");
        assert!(err.contains("part `q`"), "{err}");
        assert!(err.contains("at least 1 point"), "{err}");
    }

    #[test]
    fn a_missing_exercise_lists_the_ones_there_are() {
        let manifest = Manifest::parse(GOOD).expect("valid");
        let err = manifest.exercise("chanels-1").expect_err("absent");
        assert!(err.contains("channels-1"), "{err}");
        assert!(err.contains("cargo course list"), "{err}");
    }

    #[test]
    fn a_mistyped_exercise_gets_a_suggestion() {
        let names = ["channels-1", "channels-2", "select-1", "shared-map-1"];
        assert_eq!(similar("chanels-1", &names), Some("channels-1"));
        assert_eq!(similar("cahnnels-2", &names), Some("channels-2"));
        assert_eq!(similar("select1", &names), Some("select-1"));
        assert_eq!(similar("shared-map", &names), Some("shared-map-1"));
        assert_eq!(similar("Select-1", &names), Some("select-1"));
        assert_eq!(similar("mutex-1", &names), None);
        let manifest = Manifest::parse(GOOD).expect("valid");
        let err = manifest.exercise("chanels-1").expect_err("absent");
        assert!(err.contains("did you mean `channels-1`?"), "{err}");
    }

    #[test]
    fn exercise_names_are_topic_dash_number() {
        assert!(is_exercise_name("channels-1"));
        assert!(is_exercise_name("shared-map-12"));
        assert!(!is_exercise_name("channels"));
        assert!(!is_exercise_name("Channels-1"));
        assert!(!is_exercise_name("channels-x"));
    }
}
