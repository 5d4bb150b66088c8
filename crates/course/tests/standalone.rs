//! `cargo course` is built through a manifest of its own
//! (crates/course/standalone), so that it starts when the course's workspace
//! does not load: a learner's broken `exercises/<name>/Cargo.toml` makes
//! cargo refuse every command of that workspace, `cargo run -p course`
//! included. These tests hold the pieces of that design together.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

mod support;

fn course_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the course root")
}

fn toml_file(path: &Path) -> toml::Table {
    fs::read_to_string(path)
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
        .parse()
        .unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn the_alias_runs_the_standalone_manifest_into_the_shared_target() {
    let config = toml_file(&course_root().join(".cargo/config.toml"));
    let alias = config["alias"]["course"].as_str().expect("the alias");
    assert!(
        alias.contains("--manifest-path crates/course/standalone/Cargo.toml"),
        "{alias}"
    );
    assert!(alias.contains("--target-dir target"), "{alias}");
    assert!(
        alias.starts_with("run --quiet") && alias.ends_with(" --"),
        "{alias}"
    );
}

#[test]
fn the_standalone_manifest_builds_this_crate_with_the_courses_profiles() {
    let root = course_root();
    let standalone = toml_file(&root.join("crates/course/standalone/Cargo.toml"));
    let course = toml_file(&root.join("Cargo.toml"));
    assert!(
        standalone.contains_key("workspace"),
        "a workspace of its own"
    );
    assert_eq!(
        standalone["dependencies"]["course"]["path"].as_str(),
        Some(".."),
        "the library is this crate's"
    );
    let bins = standalone["bin"].as_array().expect("[[bin]]");
    assert_eq!(bins.len(), 1);
    assert_eq!(bins[0]["path"].as_str(), Some("../src/main.rs"));
    // The same dev profile as the course workspace: dependencies are built
    // once for both, into the shared target/.
    let dev = |manifest: &toml::Table| manifest["profile"]["dev"].clone();
    assert_eq!(dev(&standalone)["debug"], dev(&course)["debug"]);
    assert_eq!(
        dev(&standalone)["package"]["*"],
        dev(&course)["package"]["*"]
    );
    let members = course["workspace"]["members"].as_array().expect("members");
    assert!(
        members.iter().any(|m| m.as_str() == Some("crates/*")),
        "crates/course stays a member of the course workspace (cargo test -p course)"
    );
}

/// The (name, version) of every registry package in a Cargo.lock.
fn locked(path: &Path) -> BTreeSet<(String, String)> {
    toml_file(path)["package"]
        .as_array()
        .expect("packages")
        .iter()
        .filter(|p| p.get("source").is_some())
        .map(|p| {
            (
                p["name"].as_str().expect("name").to_owned(),
                p["version"].as_str().expect("version").to_owned(),
            )
        })
        .collect()
}

#[test]
fn both_lock_files_pin_the_same_versions() {
    let root = course_root();
    let course = locked(&root.join("Cargo.lock"));
    let standalone = locked(&root.join("crates/course/standalone/Cargo.lock"));
    let names: BTreeSet<&str> = course.iter().map(|(n, _)| n.as_str()).collect();
    let differ: Vec<&(String, String)> = standalone
        .iter()
        .filter(|(name, _)| names.contains(name.as_str()))
        .filter(|entry| !course.contains(entry))
        .collect();
    assert!(
        differ.is_empty(),
        "crates/course/standalone/Cargo.lock pins versions that Cargo.lock does not: {differ:?}\n\
         copy Cargo.lock over it and run \
         `cargo metadata --manifest-path crates/course/standalone/Cargo.toml --offline`"
    );
}

fn cargo_metadata(dir: &Path, manifest: Option<&str>) -> (bool, String) {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.args(["metadata", "--offline", "--format-version", "1"])
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    if let Some(manifest) = manifest {
        cmd.args(["--locked", "--manifest-path", manifest]);
    }
    let output = cmd.output().expect("cargo runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_tool_loads_when_a_broken_exercise_stops_the_course_workspace() {
    let root = course_root();
    let copy = support::scratch("standalone");
    for file in [
        "Cargo.toml",
        ".cargo/config.toml",
        "crates/course/Cargo.toml",
        "crates/course/standalone/Cargo.toml",
        "crates/course/standalone/Cargo.lock",
        "crates/graded/Cargo.toml",
    ] {
        support::write(
            &copy.join(file),
            &fs::read_to_string(root.join(file)).expect("a manifest"),
        );
    }
    for source in [
        "crates/course/src/lib.rs",
        "crates/course/src/main.rs",
        "crates/graded/src/lib.rs",
    ] {
        support::write(&copy.join(source), "");
    }
    support::write(
        &copy.join("exercises/x-1/Cargo.toml"),
        "[package\nname = \"x-1\"\n",
    );
    let (ok, stderr) = cargo_metadata(&copy, None);
    assert!(
        !ok && stderr.contains("exercises/x-1/Cargo.toml"),
        "the course workspace is refused: {stderr}"
    );
    let (ok, stderr) = cargo_metadata(&copy, Some("crates/course/standalone/Cargo.toml"));
    assert!(
        ok,
        "the tool's workspace loads anyway, with its committed Cargo.lock as it is: {stderr}"
    );
    let _ = fs::remove_dir_all(&copy);
}
