//! The learner's loop on a small course: the overview with each exercise's
//! state, progress derived from test results, hints in steps, check's tally,
//! reset with a backup, and the solution gate.
//!
//! The overview it saw with every state in it is saved as
//! target/course/screens/overview.txt.

use std::fs;
use std::path::Path;

mod support;

use support::{SOLVED, course, trusted, write};

#[test]
fn progress_follows_the_tests_and_reset_keeps_the_learners_work() {
    let base = support::scratch("learner");
    let root = trusted(&base);

    // A fresh clone: nothing solved, the first exercise is next, and no
    // build was needed to know it (stubs.lock).
    let (ok, out, err) = course(&root, &[]);
    assert!(ok, "{err}");
    assert!(out.contains("0/5 exercises solved"), "{out}");
    assert!(out.contains("· e-1  · e-2"), "{out}");
    assert!(out.contains("Next: e-1  (not started)"), "{out}");
    assert!(out.contains("cargo test -p e-1"), "{out}");
    assert!(out.contains("· not started"), "the legend: {out}");
    assert!(
        !root.join("target").exists(),
        "the overview of pristine stubs builds nothing"
    );

    // Copy a solution in: the overview runs its tests, sees it solved, and
    // points to the next exercise.
    let mine = root.join("exercises/e-1/src/lib.rs");
    write(&mine, SOLVED);
    let (ok, out, err) = course(&root, &[]);
    assert!(ok, "{err}");
    assert!(out.contains("1/5 exercises solved"), "{out}");
    assert!(out.contains("✓ e-1"), "{out}");
    assert!(out.contains("Next: e-2"), "{out}");
    let (ok, out, _) = course(&root, &["next"]);
    assert!(ok && out.contains("Next: e-2"), "{out}");
    assert!(out.contains("exercises/e-2/src/lib.rs"), "{out}");
    let (ok, out, _) = course(&root, &["list"]);
    assert!(ok && out.contains("e-1") && out.contains("solved"), "{out}");

    // A wrong answer is in progress, and check says what failed.
    write(&mine, "pub fn answer() -> u32 {\n    41\n}\n");
    let (ok, out, _) = course(&root, &["check", "e-1"]);
    assert!(!ok, "a failing check exits non-zero");
    assert!(out.contains("0/2 graded tests pass"), "{out}");
    assert!(out.contains("first failure"), "{out}");
    let (_, out, _) = course(&root, &[]);
    assert!(out.contains("0/5 exercises solved"), "{out}");
    assert!(out.contains("◐ e-1 0/2"), "{out}");

    // The solution stays hidden until the exercise passes.
    let (ok, _, err) = course(&root, &["solution", "e-1"]);
    assert!(!ok);
    assert!(err.contains("not solved yet"), "{err}");
    let (ok, out, err) = course(&root, &["solution", "e-1", "--force"]);
    assert!(
        ok && out.contains("42") && err.contains("warning"),
        "{out}{err}"
    );

    // Reset without a terminal asks for --yes and changes nothing.
    let (ok, _, err) = course(&root, &["reset", "e-1"]);
    assert!(!ok && err.contains("--yes"), "{err}");
    assert!(fs::read_to_string(&mine).expect("mine").contains("41"));

    // Reset with --yes brings back the stub and keeps the learner's files,
    // in a backup named for the time.
    let (ok, out, err) = course(&root, &["reset", "e-1", "--yes"]);
    assert!(ok, "{err}");
    assert!(fs::read_to_string(&mine).expect("stub").contains("todo!()"));
    let backup = out
        .lines()
        .find_map(|l| l.split("kept in ").nth(1))
        .expect("the backup is named");
    let stamp = Path::new(backup.trim())
        .file_name()
        .expect("a name")
        .to_string_lossy()
        .into_owned();
    let shape: String = stamp
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    assert_eq!(shape, "9999-99-99_99-99-99", "a readable time: {backup}");
    let kept = fs::read_to_string(root.join(backup.trim()).join("src/lib.rs")).expect("backup");
    assert!(kept.contains("41"), "the backup holds the learner's code");
    assert!(
        root.join(backup.trim()).join("Cargo.toml").is_file(),
        "the whole directory is kept"
    );
    let (_, out, _) = course(&root, &["reset", "e-1", "--yes"]);
    assert!(out.contains("already the untouched stub"), "{out}");

    // Errors say what to do, and name what was meant.
    let (ok, _, err) = course(&root, &["hint", "e-9"]);
    assert!(!ok && err.contains("cargo course list"), "{err}");
    let (ok, _, err) = course(&root, &["check", "e1"]);
    assert!(!ok && err.contains("did you mean `e-1`?"), "{err}");
    let (ok, _, err) = course(&root, &["e-2"]);
    assert!(!ok, "an exercise is not a command");
    assert!(err.contains("`cargo course watch e-2`"), "{err}");
    let (ok, _, err) = course(&root, &["lsit"]);
    assert!(!ok && err.contains("'list'"), "{err}");
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn hints_come_in_steps_and_the_overview_counts_them() {
    let base = support::scratch("hints");
    let root = trusted(&base);
    let (ok, first, err) = course(&root, &["hint", "e-1"]);
    assert!(ok, "{err}");
    assert!(
        first.contains("Hint 1 of 2 (e-1):\n  first nudge"),
        "{first}"
    );
    assert!(!first.contains("second nudge"), "one at a time: {first}");
    assert!(
        first.contains("hint 1 of 2; run it again for the next"),
        "{first}"
    );
    let (_, out, _) = course(&root, &[]);
    assert!(out.contains("· e-1 h1/2"), "{out}");
    let (_, second, _) = course(&root, &["hint", "e-1"]);
    assert!(
        second.contains("Hint 2 of 2 (e-1):\n  second nudge"),
        "{second}"
    );
    assert!(second.contains("that was the last one"), "{second}");
    let (_, again, _) = course(&root, &["hint", "e-1"]);
    assert!(
        again.contains("first nudge") && again.contains("second nudge"),
        "{again}"
    );
    let (_, all, _) = course(&root, &["hint", "e-3", "--all"]);
    assert!(
        all.contains("Hint 1 of 2 (e-3)") && all.contains("Hint 2 of 2 (e-3)"),
        "{all}"
    );
    let (_, list, _) = course(&root, &["list"]);
    assert!(list.contains("hints 2/2"), "{list}");
    assert!(list.contains("hints 0/2"), "{list}");
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn every_state_is_shown_and_check_tallies_them() {
    let base = support::scratch("states");
    let root = trusted(&base);
    write(&root.join("exercises/e-1/src/lib.rs"), SOLVED);
    // Even but not 42: one of the two graded tests passes.
    write(
        &root.join("exercises/e-2/src/lib.rs"),
        "pub fn answer() -> u32 {\n    44\n}\n",
    );
    write(
        &root.join("exercises/e-3/src/lib.rs"),
        "pub fn answer() -> u32 {\n    \"forty-two\"\n}\n",
    );
    fs::remove_dir_all(root.join("exercises/e-5")).expect("remove e-5");
    course(&root, &["hint", "e-2"]);

    let (ok, out, err) = course(&root, &[]);
    assert!(ok, "{err}");
    for shown in [
        "✓ e-1",
        "◐ e-2 1/2 h1/2",
        "✗ e-3",
        "· e-4",
        "! e-5 missing",
        "exercises/e-5 is missing",
        "cargo course reset e-5",
        "Next: e-2  (in progress 1/2)",
    ] {
        assert!(out.contains(shown), "{shown:?} not in:\n{out}");
    }
    let screens = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/course/screens");
    fs::create_dir_all(&screens).expect("screens dir");
    fs::write(screens.join("overview.txt"), &out).expect("save the screen");

    let (_, list, _) = course(&root, &["list"]);
    for shown in [
        "solved",
        "in progress 1/2",
        "does not compile",
        "not started",
        "missing",
    ] {
        assert!(list.contains(shown), "{shown:?} not in:\n{list}");
    }
    fs::write(screens.join("list.txt"), &list).expect("save the screen");

    let (ok, out, _) = course(&root, &["check"]);
    assert!(!ok, "not everything is solved");
    assert!(
        out.trim_end()
            .ends_with("1 solved, 2 failing, 1 not compiling, 1 missing or broken"),
        "{out}"
    );
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn a_broken_manifest_is_a_clear_error_not_a_panic() {
    let base = support::scratch("broken-manifest");
    write(&base.join("Cargo.toml"), "[workspace]\n");
    write(
        &base.join("course.toml"),
        "[course]\ntitle = \"t\"\ndefault_timeout_ms = \"soon\"\n",
    );
    let (ok, _, err) = course(&base, &[]);
    assert!(!ok);
    assert!(err.contains("course.toml is not valid"), "{err}");
    assert!(err.contains("default_timeout_ms"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let _ = fs::remove_dir_all(&base);
}
