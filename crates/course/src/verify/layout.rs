//! Invariant 1: the manifest, the files and the book agree. Every exercise has
//! its stub, solution, graded tests, hint, points and chapter; nothing on disk
//! is unknown to `course.toml`; program names are unique; `stubs.lock` is
//! current; every graded test runs under the watchdog.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::Report;
use crate::manifest::{Exercise, Manifest};

/// Runs the layout checks.
pub fn check(root: &Path, manifest: &Manifest, report: &mut Report) {
    for exercise in &manifest.exercises {
        let problems = layout_problems(root, manifest, exercise);
        report.check(
            &format!(
                "{}: stub, solution, graded tests, hint, points and chapter",
                exercise.name
            ),
            &problems,
        );
    }
    // Nothing on disk that the manifest does not know.
    let mut orphans = Vec::new();
    for (dir, strip) in [("exercises", ""), ("solutions", ""), ("tests", ".rs")] {
        let Ok(entries) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let file = entry.file_name().to_string_lossy().into_owned();
            if dir == "tests" && file == "wrong" {
                // The known-wrong versions, checked per exercise (known_wrong.rs).
                continue;
            }
            let name = file.strip_suffix(strip).unwrap_or(&file);
            if manifest.exercise(name).is_err() {
                orphans.push(format!(
                    "{dir}/{file} belongs to no [[exercise]] in course.toml: add an entry or remove it"
                ));
            }
        }
    }
    if let Ok(entries) = fs::read_dir(root.join("tests/wrong")) {
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if manifest.exercise(&name).is_err() {
                orphans.push(format!(
                    "tests/wrong/{name} belongs to no [[exercise]] in course.toml: rename it after its exercise or remove it"
                ));
            }
        }
    }
    report.check(
        "every exercise directory and test file is in course.toml",
        &orphans,
    );
    report.check(
        "program names ([[bin]]) are unique in the workspace",
        &duplicate_bins(root),
    );
    let stale_lock =
        crate::progress::Pristine::load(root) != crate::progress::Pristine::current(root, manifest);
    report.check(
        "stubs.lock records the stubs as they are",
        &if stale_lock {
            vec![
                "a stub changed since stubs.lock was written: run `cargo course lock-stubs` and commit stubs.lock"
                    .to_owned(),
            ]
        } else {
            vec![]
        },
    );
}

fn layout_problems(root: &Path, manifest: &Manifest, exercise: &Exercise) -> Vec<String> {
    let mut problems = Vec::new();
    let name = &exercise.name;
    let stub = package_manifest(&exercise.stub_dir(root), &mut problems);
    let solution = package_manifest(&exercise.solution_dir(root), &mut problems);
    let lib = exercise.lib_name();
    let test_path = format!("../../tests/{name}.rs");
    for (label, manifest_toml, package) in [
        ("exercises", &stub, exercise.stub_package().to_owned()),
        ("solutions", &solution, exercise.solution_package()),
    ] {
        let Some(toml) = manifest_toml else { continue };
        let get = |table: &str, key: &str| -> Option<String> {
            toml.get(table)?.get(key)?.as_str().map(str::to_owned)
        };
        if get("package", "name").as_deref() != Some(package.as_str()) {
            problems.push(format!(
                "{label}/{name}/Cargo.toml: the package must be named `{package}`"
            ));
        }
        if get("lib", "name").as_deref() != Some(lib.as_str()) {
            problems.push(format!(
                "{label}/{name}/Cargo.toml: [lib] name must be `{lib}`"
            ));
        }
        let graded = toml
            .get("test")
            .and_then(|t| t.as_array())
            .is_some_and(|tests| {
                tests.iter().any(|t| {
                    t.get("name").and_then(|n| n.as_str()) == Some(name.as_str())
                        && t.get("path").and_then(|p| p.as_str()) == Some(test_path.as_str())
                })
            });
        if !graded {
            problems.push(format!(
                "{label}/{name}/Cargo.toml needs [[test]] name = \"{name}\", path = \"{test_path}\""
            ));
        }
    }
    if let (Some(stub), Some(solution)) = (&stub, &solution) {
        for table in ["dependencies", "dev-dependencies", "target"] {
            if stub.get(table) != solution.get(table) {
                problems.push(format!(
                    "[{table}] differs between exercises/{name} and solutions/{name}: the stub must build against what the solution uses"
                ));
            }
        }
    }
    let stub_src = exercise.stub_dir(root).join("src/lib.rs");
    match fs::read_to_string(&stub_src) {
        Ok(text) if !text.contains("TODO") => problems.push(format!(
            "exercises/{name}/src/lib.rs has no `TODO` comment telling the learner what to do"
        )),
        Ok(_) => {}
        Err(_) => problems.push(format!("exercises/{name}/src/lib.rs is missing")),
    }
    if !exercise.solution_dir(root).join("src/lib.rs").is_file() {
        problems.push(format!("solutions/{name}/src/lib.rs is missing"));
    }
    match fs::read_to_string(exercise.tests_file(root)) {
        Ok(text) => problems.extend(graded_file_problems(name, &text)),
        Err(_) => problems.push(format!("tests/{name}.rs is missing")),
    }
    if let Some(chapter) = manifest.chapter(&exercise.chapter) {
        let command = format!("cargo test -p {name}");
        match fs::read_to_string(root.join(&chapter.file)) {
            Ok(text) if !text.contains(&command) => problems.push(format!(
                "{} does not show `{command}`",
                chapter.file.display()
            )),
            Ok(_) => {}
            Err(_) => problems.push(format!("the chapter {} is missing", chapter.file.display())),
        }
    }
    problems
}

/// `[[bin]]` names used by more than one package: cargo puts every program
/// in the same `target/debug/`, so a stub's program and its solution's
/// would overwrite each other and a test could run the wrong one.
fn duplicate_bins(root: &Path) -> Vec<String> {
    let mut owners: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for group in ["crates", "exercises", "solutions"] {
        let Ok(entries) = fs::read_dir(root.join(group)) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let manifest = entry.path().join("Cargo.toml");
            let Some(table) = fs::read_to_string(&manifest)
                .ok()
                .and_then(|text| text.parse::<toml::Table>().ok())
            else {
                continue;
            };
            let bins = table.get("bin").and_then(|b| b.as_array());
            for bin in bins.into_iter().flatten() {
                if let Some(name) = bin.get("name").and_then(|n| n.as_str()) {
                    owners
                        .entry(name.to_owned())
                        .or_default()
                        .push(format!("{group}/{}", entry.file_name().to_string_lossy()));
                }
            }
        }
    }
    owners
        .into_iter()
        .filter(|(_, packages)| packages.len() > 1)
        .map(|(name, packages)| {
            format!(
                "the program `{name}` is defined by {}: give each its own name (e.g. `{name}-solution`)",
                packages.join(" and ")
            )
        })
        .collect()
}

/// Every test must sit inside `graded::tests!`, so that each has a limit.
fn graded_file_problems(name: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    if !text.contains("graded::tests!") {
        problems.push(format!(
            "tests/{name}.rs must declare its tests inside `graded::tests! {{ ... }}` (the watchdog)"
        ));
    }
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with("#[test]")
            || line.starts_with("#[tokio::test")
            || line.starts_with("#[ignore")
        {
            problems.push(format!(
                "tests/{name}.rs:{}: `{line}` outside the watchdog; write the test inside `graded::tests!`",
                index + 1
            ));
        }
    }
    problems
}

fn package_manifest(dir: &Path, problems: &mut Vec<String>) -> Option<toml::Table> {
    let path = dir.join("Cargo.toml");
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(_) => {
            problems.push(format!("{} is missing", path.display()));
            return None;
        }
    };
    match text.parse::<toml::Table>() {
        Ok(table) => Some(table),
        Err(err) => {
            problems.push(format!("{} is not valid TOML: {err}", path.display()));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_test_attribute_in_a_graded_file_is_refused() {
        let text = "graded::tests! {\n fn a() {}\n}\n#[test]\nfn b() {}\n";
        let problems = graded_file_problems("x-1", text);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("tests/x-1.rs:4"), "{problems:?}");
    }

    #[test]
    fn a_graded_file_without_the_watchdog_is_refused() {
        let problems = graded_file_problems("x-1", "fn a() {}");
        assert!(problems[0].contains("graded::tests!"), "{problems:?}");
    }
}
