//! The learner's loop on a small course: the overview, progress derived from
//! test results, hints, reset with a backup, and the solution gate.

use std::fs;

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
    assert!(out.contains("Next: e-1"), "{out}");
    assert!(out.contains("cargo test -p e-1"), "{out}");
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

    // A wrong answer is not solved, and check says what failed.
    write(&mine, "pub fn answer() -> u32 {\n    41\n}\n");
    let (ok, out, _) = course(&root, &["check", "e-1"]);
    assert!(!ok, "a failing check exits non-zero");
    assert!(out.contains("0/2 graded tests pass"), "{out}");
    assert!(out.contains("first failure"), "{out}");
    let (_, out, _) = course(&root, &[]);
    assert!(out.contains("0/5 exercises solved"), "{out}");

    // The solution stays hidden until the exercise passes.
    let (ok, _, err) = course(&root, &["solution", "e-1"]);
    assert!(!ok);
    assert!(err.contains("not solved yet"), "{err}");
    let (ok, out, err) = course(&root, &["solution", "e-1", "--force"]);
    assert!(
        ok && out.contains("42") && err.contains("warning"),
        "{out}{err}"
    );

    // Hints come in steps.
    let (ok, out, _) = course(&root, &["hint", "e-1"]);
    assert!(
        ok && out.contains("Hint 1/2: first nudge") && out.contains("Hint 2/2"),
        "{out}"
    );

    // Reset without a terminal asks for --yes and changes nothing.
    let (ok, _, err) = course(&root, &["reset", "e-1"]);
    assert!(!ok && err.contains("--yes"), "{err}");
    assert!(fs::read_to_string(&mine).expect("mine").contains("41"));

    // Reset with --yes brings back the stub and keeps the learner's file.
    let (ok, out, err) = course(&root, &["reset", "e-1", "--yes"]);
    assert!(ok, "{err}");
    assert!(fs::read_to_string(&mine).expect("stub").contains("todo!()"));
    let backup = out
        .lines()
        .find_map(|l| l.split("kept in ").nth(1))
        .expect("the backup is named");
    let kept = fs::read_to_string(root.join(backup.trim()).join("src/lib.rs")).expect("backup");
    assert!(kept.contains("41"), "the backup holds the learner's code");
    let (_, out, _) = course(&root, &["reset", "e-1", "--yes"]);
    assert!(out.contains("already the untouched stub"), "{out}");

    // Errors say what to do.
    let (ok, _, err) = course(&root, &["hint", "e-9"]);
    assert!(!ok && err.contains("cargo course list"), "{err}");
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
