//! Nothing a learner does to an exercise's directory breaks the tool: each
//! kind of damage is shown as "missing" or "broken" with the one command
//! that repairs it, and `cargo course reset` brings back the whole stub from
//! the course's own record, with a backup of what was there.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

mod support;

use support::{SOLVED, course, trusted, write};

/// Every file under `dir`, relative, with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        for entry in fs::read_dir(dir.join(&relative)).expect("a directory") {
            let entry = entry.expect("an entry");
            let path = relative.join(entry.file_name());
            if entry.file_type().expect("a type").is_dir() {
                stack.push(path);
            } else {
                files.push((path.clone(), fs::read(dir.join(&path)).expect("a file")));
            }
        }
    }
    files.sort();
    files
}

/// The backup a reset's message names, if any.
fn backup_named(out: &str) -> Option<String> {
    out.lines()
        .find_map(|l| l.split("kept in ").nth(1))
        .map(|b| b.trim().to_owned())
}

/// `cargo test -p NAME` in the course at `root`: (success, stdout, stderr).
fn cargo_test(root: &Path, name: &str) -> (bool, String, String) {
    support::captured(
        Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["test", "-p", name])
            .current_dir(root)
            .env("CARGO_TERM_COLOR", "never"),
    )
}

#[test]
fn a_deleted_exercise_is_missing_and_reset_brings_it_back_whole() {
    let base = support::scratch("deleted");
    let root = trusted(&base);
    let dir = root.join("exercises/e-2");
    let pristine = snapshot(&dir);
    // No git to restore it from: the course's own record must do.
    fs::remove_dir_all(root.join(".git")).expect("remove .git");
    fs::remove_dir_all(&dir).expect("rm -rf exercises/e-2");

    let (ok, out, err) = course(&root, &[]);
    assert!(ok, "the overview still works:\n{out}{err}");
    assert!(out.contains("! e-2 missing"), "{out}");
    assert!(out.contains("exercises/e-2 is missing"), "{out}");
    assert!(out.contains("cargo course reset e-2"), "{out}");
    let (ok, list, _) = course(&root, &["list"]);
    assert!(ok && list.contains("missing"), "{list}");
    let (ok, out, _) = course(&root, &["check", "e-2"]);
    assert!(!ok, "a missing exercise is not solved");
    assert!(out.contains("e-2: missing"), "{out}");
    assert!(out.contains("repair it: cargo course reset e-2"), "{out}");

    let (ok, out, err) = course(&root, &["reset", "e-2", "--yes"]);
    assert!(ok, "{err}");
    assert!(out.contains("Restored exercises/e-2"), "{out}");
    assert!(
        backup_named(&out).is_none() && !out.contains(".course-backups"),
        "nothing was there to back up, so no backup is named: {out}"
    );
    assert!(!root.join(".course-backups").exists());
    assert_eq!(snapshot(&dir), pristine, "every file of the stub is back");

    let (ok, out, _) = course(&root, &[]);
    assert!(ok && out.contains("· e-2"), "{out}");
    // The stub builds and fails only because it is a stub.
    let (ok, stdout, stderr) = cargo_test(&root, "e-2");
    assert!(!ok, "a stub fails its tests");
    assert!(
        stdout.contains("not yet implemented") && stdout.contains("2 failed"),
        "{stdout}{stderr}"
    );
    assert!(!stderr.contains("error["), "it compiles:\n{stderr}");
    let _ = fs::remove_dir_all(&base);
}

/// One kind of damage done to `exercises/e-3`: what the overview must say.
struct Damage {
    what: &'static str,
    damage: fn(&Path),
    shown: &'static str,
    /// Whether cargo refuses the whole workspace while it lasts.
    blocks: bool,
}

const DAMAGES: &[Damage] = &[
    Damage {
        what: "Cargo.toml deleted",
        damage: |dir| fs::remove_file(dir.join("Cargo.toml")).expect("rm"),
        shown: "exercises/e-3/Cargo.toml is missing",
        blocks: true,
    },
    Damage {
        what: "Cargo.toml malformed",
        damage: |dir| write(&dir.join("Cargo.toml"), "[package\nname = \"e-3\"\n"),
        shown: "exercises/e-3/Cargo.toml is not valid TOML (line 1)",
        blocks: true,
    },
    Damage {
        what: "Cargo.toml not UTF-8",
        damage: |dir| fs::write(dir.join("Cargo.toml"), b"\xff\xfe[package]\n").expect("write"),
        shown: "exercises/e-3/Cargo.toml is not UTF-8 text",
        blocks: true,
    },
    Damage {
        what: "Cargo.toml that parses but that cargo refuses",
        damage: |dir| {
            let text = fs::read_to_string(dir.join("Cargo.toml")).expect("the manifest");
            write(
                &dir.join("Cargo.toml"),
                &text.replace("edition = \"2024\"", "edition = \"2099\""),
            );
        },
        shown: "cargo cannot load exercises/e-3/Cargo.toml",
        blocks: true,
    },
    Damage {
        what: "src/lib.rs deleted",
        damage: |dir| fs::remove_file(dir.join("src/lib.rs")).expect("rm"),
        shown: "exercises/e-3/src/lib.rs is missing",
        blocks: false,
    },
    Damage {
        what: "src/lib.rs not UTF-8",
        damage: |dir| {
            fs::write(
                dir.join("src/lib.rs"),
                b"// caf\xe9\npub fn answer() -> u32 { 42 }\n",
            )
            .expect("write")
        },
        shown: "exercises/e-3/src/lib.rs is not UTF-8 text (at byte 6)",
        blocks: false,
    },
];

#[test]
fn every_kind_of_damage_is_shown_with_its_repair_and_reset_repairs_it() {
    let base = support::scratch("damage");
    let root = trusted(&base);
    let dir = root.join("exercises/e-3");
    let pristine = snapshot(&dir);
    for (round, damage) in DAMAGES.iter().enumerate() {
        // e-1 has changed since its last check: with the workspace refused,
        // it cannot be checked, and the overview must still work.
        write(
            &root.join("exercises/e-1/src/lib.rs"),
            &format!("// round {round}\n{SOLVED}"),
        );
        // The learner had started on it: there is work to keep.
        write(
            &dir.join("src/lib.rs"),
            "pub fn answer() -> u32 {\n    40 + 2 // mine\n}\n",
        );
        (damage.damage)(&dir);
        let what = damage.what;
        let (ok, out, err) = course(&root, &[]);
        assert!(ok, "{what}: the overview fails:\n{out}{err}");
        assert!(!err.contains("panicked"), "{what}: {err}");
        assert!(out.contains("! e-3 broken"), "{what}:\n{out}");
        assert!(
            out.contains(damage.shown),
            "{what}: {:?} not in\n{out}",
            damage.shown
        );
        assert!(out.contains("cargo course reset e-3"), "{what}:\n{out}");
        if damage.blocks {
            assert!(
                out.contains("cargo refuses every command in this workspace"),
                "{what}:\n{out}"
            );
            assert!(out.contains("◐ e-1"), "{what}: e-1 unchecked:\n{out}");
            assert!(
                out.contains("First, repair: e-3  (broken)"),
                "{what}: the repair comes first:\n{out}"
            );
            let (ok, out, _) = course(&root, &["check", "e-1"]);
            assert!(!ok);
            assert!(
                out.contains(
                    "not checked: cargo refuses this workspace while exercises/e-3 is broken"
                ),
                "{what}:\n{out}"
            );
        }
        let (ok, out, _) = course(&root, &["check", "e-3"]);
        assert!(!ok, "{what}: a broken exercise is not solved");
        assert!(out.contains("e-3: broken"), "{what}:\n{out}");

        let (ok, out, err) = course(&root, &["reset", "e-3", "--yes"]);
        assert!(ok, "{what}: reset fails: {out}{err}");
        assert_eq!(snapshot(&dir), pristine, "{what}: the stub is back whole");
        let backup = backup_named(&out).unwrap_or_else(|| panic!("{what}: no backup named: {out}"));
        let kept = root.join(&backup);
        assert!(kept.is_dir(), "{what}: {backup} is not there");
        let (ok, out, _) = course(&root, &[]);
        assert!(
            ok && out.contains("· e-3"),
            "{what}: not started again:\n{out}"
        );
        assert!(out.contains("✓ e-1"), "{what}: e-1 checked again:\n{out}");
    }
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn read_only_files_and_directories_are_reset_and_left_writable() {
    let base = support::scratch("read-only");
    let root = trusted(&base);
    let dir = root.join("exercises/e-4");
    let pristine = snapshot(&dir);
    let lib = dir.join("src/lib.rs");
    write(&lib, "pub fn answer() -> u32 {\n    7\n}\n");
    fs::set_permissions(&lib, fs::Permissions::from_mode(0o444)).expect("chmod");
    fs::set_permissions(dir.join("src"), fs::Permissions::from_mode(0o555)).expect("chmod");
    let (ok, out, err) = course(&root, &[]);
    assert!(ok, "{out}{err}");
    assert!(
        out.contains("◐ e-4 0/2"),
        "a read-only file is still checked:\n{out}"
    );

    let (ok, out, err) = course(&root, &["reset", "e-4", "--yes"]);
    assert!(ok, "{out}{err}");
    assert_eq!(snapshot(&dir), pristine);
    let mode = fs::metadata(&lib).expect("lib.rs").permissions().mode();
    assert_eq!(mode & 0o200, 0o200, "the restored stub can be edited");
    let backup = backup_named(&out).expect("a backup is named");
    let kept = fs::read_to_string(root.join(backup).join("src/lib.rs")).expect("the backup");
    assert!(kept.contains('7'), "{kept}");

    // Pristine but read-only: reset only makes it writable again.
    fs::set_permissions(&lib, fs::Permissions::from_mode(0o444)).expect("chmod");
    let (ok, out, _) = course(&root, &["reset", "e-4", "--yes"]);
    assert!(ok, "{out}");
    let mode = fs::metadata(&lib).expect("lib.rs").permissions().mode();
    assert_eq!(mode & 0o200, 0o200, "{out}");
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn extra_files_go_to_the_backup_and_a_renamed_package_is_broken() {
    let base = support::scratch("extras");
    let root = trusted(&base);
    let dir = root.join("exercises/e-2");
    let pristine = snapshot(&dir);
    write(&dir.join("src/notes.rs"), "// my notes\n");
    write(
        &dir.join("Cargo.toml"),
        &fs::read_to_string(dir.join("Cargo.toml"))
            .expect("the manifest")
            .replace("name = \"e-2\"\nversion", "name = \"mine\"\nversion"),
    );
    let (ok, out, err) = course(&root, &[]);
    assert!(ok, "{err}");
    assert!(
        out.contains("exercises/e-2/Cargo.toml does not name its package `e-2`"),
        "{out}"
    );
    let (ok, out, err) = course(&root, &["reset", "e-2", "--yes"]);
    assert!(ok, "{err}");
    assert_eq!(
        snapshot(&dir),
        pristine,
        "the extra file is gone from the exercise"
    );
    let backup = root.join(backup_named(&out).expect("a backup"));
    assert!(
        backup.join("src/notes.rs").is_file(),
        "and kept in the backup"
    );
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn reset_without_a_record_of_the_stub_says_where_to_get_it() {
    let base = support::scratch("no-record");
    let root = trusted(&base);
    fs::remove_file(root.join("stubs.pristine.toml")).expect("rm the record");
    fs::remove_dir_all(root.join("exercises/e-1")).expect("rm the exercise");
    let (ok, _, err) = course(&root, &["reset", "e-1", "--yes"]);
    assert!(!ok);
    assert!(err.contains("stubs.pristine.toml"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let _ = fs::remove_dir_all(&base);
}
