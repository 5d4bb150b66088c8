//! Whether an exercise's directory can be built at all: whatever a learner
//! did to `exercises/<name>/` (deleted it, emptied its `Cargo.toml`, saved a
//! file in another encoding), the course tool says what is wrong and the one
//! command that repairs it, and never fails itself.
//!
//! Some damage stops more than the exercise: cargo refuses every command in
//! the workspace while one member's manifest is missing or does not parse
//! (`cargo test -p` of any exercise included). That is [`Health::blocks_workspace`].

use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use crate::manifest::{Exercise, Manifest};
use crate::progress::files_under;

/// What can be said of an exercise's directory before building it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// It can be built (whether it compiles is for the compiler to say).
    Sound,
    /// `exercises/<name>` is not there.
    Missing,
    /// It is there but cannot be built as it is; `problem` says why.
    Broken {
        problem: String,
        /// Whether cargo refuses the whole workspace because of it.
        blocks_workspace: bool,
    },
}

impl Health {
    pub fn is_sound(&self) -> bool {
        matches!(self, Health::Sound)
    }

    pub fn blocks_workspace(&self) -> bool {
        matches!(
            self,
            Health::Broken {
                blocks_workspace: true,
                ..
            }
        )
    }

    /// What is wrong, in a sentence; empty when it is sound.
    pub fn problem(&self, exercise: &Exercise) -> String {
        match self {
            Health::Sound => String::new(),
            Health::Missing => format!("exercises/{} is missing", exercise.name),
            Health::Broken { problem, .. } => problem.clone(),
        }
    }
}

/// The one command that repairs a missing or broken exercise.
pub fn repair_command(exercise: &Exercise) -> String {
    format!("cargo course reset {}", exercise.name)
}

/// The health of `exercise`'s directory under `root`.
pub fn of(root: &Path, exercise: &Exercise) -> Health {
    let name = &exercise.name;
    let dir = exercise.stub_dir(root);
    let broken = |problem: String, blocks_workspace: bool| Health::Broken {
        problem,
        blocks_workspace,
    };
    // Followed if it is a link: cargo follows it too.
    match fs::metadata(&dir) {
        Err(err) if err.kind() == ErrorKind::NotFound => return Health::Missing,
        Err(err) => return broken(format!("exercises/{name} cannot be read: {err}"), true),
        Ok(meta) if !meta.is_dir() => {
            return broken(format!("exercises/{name} is not a directory"), true);
        }
        Ok(_) => {}
    }
    // The manifest: cargo loads every member's before it does anything.
    let manifest = dir.join("Cargo.toml");
    let bytes = match fs::read(&manifest) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == ErrorKind::NotFound => {
            return broken(format!("exercises/{name}/Cargo.toml is missing"), true);
        }
        Err(err) => {
            return broken(
                format!("exercises/{name}/Cargo.toml cannot be read: {err}"),
                true,
            );
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return broken(
            format!("exercises/{name}/Cargo.toml is not UTF-8 text"),
            true,
        );
    };
    let table = match text.parse::<toml::Table>() {
        Ok(table) => table,
        Err(err) => {
            let first = err.message().lines().next().unwrap_or("").to_owned();
            let line = err
                .span()
                .map(|span| text[..span.start.min(text.len())].lines().count().max(1));
            let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
            return broken(
                format!("exercises/{name}/Cargo.toml is not valid TOML{at}: {first}"),
                true,
            );
        }
    };
    let get = |table_name: &str, key: &str| -> Option<String> {
        table.get(table_name)?.get(key)?.as_str().map(str::to_owned)
    };
    if get("package", "name").as_deref() != Some(name.as_str()) {
        return broken(
            format!("exercises/{name}/Cargo.toml does not name its package `{name}`"),
            false,
        );
    }
    let graded = table
        .get("test")
        .and_then(|t| t.as_array())
        .is_some_and(|tests| {
            tests
                .iter()
                .any(|t| t.get("name").and_then(|n| n.as_str()) == Some(name.as_str()))
        });
    if !graded {
        return broken(
            format!(
                "exercises/{name}/Cargo.toml no longer declares its graded tests ([[test]] `{name}`)"
            ),
            false,
        );
    }
    // The sources: there, readable, and text.
    let src = dir.join("src");
    if !src.join("lib.rs").is_file() {
        // Without an explicit `[lib] path`, cargo looks for the file when it
        // loads the manifest, and refuses the workspace when it is not there.
        let explicit = get("lib", "path").is_some();
        return broken(format!("exercises/{name}/src/lib.rs is missing"), !explicit);
    }
    for file in files_under(&src) {
        let path = src.join(&file);
        if file.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let shown = format!("exercises/{name}/src/{}", file.display());
        match fs::read(&path) {
            Ok(bytes) => {
                if let Err(err) = std::str::from_utf8(&bytes) {
                    return broken(
                        format!(
                            "{shown} is not UTF-8 text (at byte {}): rustc reads only UTF-8 sources",
                            err.valid_up_to()
                        ),
                        false,
                    );
                }
            }
            Err(err) => return broken(format!("{shown} cannot be read: {err}"), false),
        }
    }
    Health::Sound
}

/// The exercise that cargo's refusal `stderr` blames (a manifest of
/// `exercises/<name>` that it could not load), if any.
pub fn blamed<'m>(manifest: &'m Manifest, stderr: &str) -> Option<&'m Exercise> {
    manifest.exercises.iter().find(|exercise| {
        let dir = format!("exercises/{}", exercise.name);
        stderr.lines().any(|line| {
            (line.contains("manifest") || line.contains("workspace member"))
                && (line.contains(&format!("{dir}`"))
                    || line.contains(&format!("{dir}/Cargo.toml"))
                    || line.contains(&format!("{dir}/")))
        })
    })
}

/// The cause at the end of cargo's chain of `Caused by:` lines, in one line.
pub fn root_cause(stderr: &str) -> String {
    stderr
        .lines()
        .map(str::trim)
        .rfind(|l| {
            !l.is_empty()
                && *l != "Caused by:"
                && !l.starts_with("Blocking waiting")
                && !l.starts_with('|')
                && !l.starts_with("-->")
                && !l.starts_with('^')
        })
        .unwrap_or("cargo refuses it")
        .trim_start_matches("error: ")
        .to_owned()
}

/// The first lines of cargo's complaint, for a report.
pub fn cargo_complaint(stderr: &str) -> String {
    let lines: Vec<&str> = stderr
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .filter(|l| !l.trim_start().starts_with("Blocking waiting"))
        .take(6)
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise() -> Exercise {
        crate::manifest::one_exercise(&["h"])
    }

    fn write(path: &Path, bytes: &[u8]) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }

    const MANIFEST: &str = "[package]\nname = \"x-1\"\n\n[lib]\npath = \"src/lib.rs\"\n\n\
                            [[test]]\nname = \"x-1\"\npath = \"../../tests/x-1.rs\"\n";

    #[test]
    fn each_kind_of_damage_is_named() {
        let root = std::env::temp_dir().join(format!("course-health-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let exercise = exercise();
        let dir = exercise.stub_dir(&root);
        assert_eq!(of(&root, &exercise), Health::Missing);

        fs::create_dir_all(dir.join("src")).unwrap();
        let health = of(&root, &exercise);
        assert!(health.blocks_workspace(), "{health:?}");
        assert!(health.problem(&exercise).contains("Cargo.toml is missing"));

        write(&dir.join("Cargo.toml"), b"[package\nname = 1");
        let problem = of(&root, &exercise).problem(&exercise);
        assert!(problem.contains("not valid TOML (line 1)"), "{problem}");

        write(&dir.join("Cargo.toml"), b"\xff\xfe[package]");
        let problem = of(&root, &exercise).problem(&exercise);
        assert!(problem.contains("not UTF-8"), "{problem}");

        write(&dir.join("Cargo.toml"), MANIFEST.as_bytes());
        let health = of(&root, &exercise);
        assert!(!health.blocks_workspace());
        assert!(health.problem(&exercise).contains("src/lib.rs is missing"));

        write(&dir.join("src/lib.rs"), b"pub fn f() {}\n");
        assert_eq!(of(&root, &exercise), Health::Sound);

        write(&dir.join("src/more.rs"), b"// caf\xe9\n");
        let problem = of(&root, &exercise).problem(&exercise);
        assert!(
            problem.contains("src/more.rs is not UTF-8 text (at byte 6)"),
            "{problem}"
        );
        fs::remove_file(dir.join("src/more.rs")).unwrap();

        write(&dir.join("Cargo.toml"), b"[package]\nname = \"other\"\n");
        let problem = of(&root, &exercise).problem(&exercise);
        assert!(problem.contains("package `x-1`"), "{problem}");
        let _ = fs::remove_dir_all(&root);
    }

    #[test]
    fn cargo_refusals_are_blamed_on_their_exercise() {
        let manifest = Manifest {
            exercises: vec![exercise()],
            ..Manifest::parse("[course]\ntitle = \"t\"\ndefault_timeout_ms = 1\n").expect("valid")
        };
        let stderr = "error: failed to load manifest for workspace member `/c/exercises/x-1`\n\
                      referenced via `exercises/*` by workspace at `/c/Cargo.toml`";
        assert_eq!(
            blamed(&manifest, stderr).map(|e| e.name.as_str()),
            Some("x-1")
        );
        assert!(blamed(&manifest, "error: could not compile `x-1`").is_none());
    }
}
