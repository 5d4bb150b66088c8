//! Grading a small course end to end: a pristine submission scores zero; a
//! submission with one honest exercise, one deadlock, one that does not
//! compile, one whose test file was edited and one that calls
//! `std::process::exit(0)` scores exactly its honest exercise, and every
//! report names each problem.

use std::fs;
use std::time::Duration;

use course::grade::{self, ExerciseStatus, Settings, TestStatus, Workspace};
use course::manifest::Manifest;
use course::report;
use course::ui::Progress;

mod support;

use support::{submission, trusted};

fn settings() -> Settings {
    Settings {
        timeout: None,
        budget: Duration::from_secs(300),
        build_limit: Duration::from_secs(300),
        sandbox: support::sandbox(),
        only: Vec::new(),
    }
}

#[test]
fn stubs_score_zero_and_only_honest_work_scores() {
    let base = support::scratch("grade");
    let root = trusted(&base);
    let manifest = Manifest::load(&root).expect("the fixture manifest");
    let workspace = Workspace::new(&root);
    let mut progress = Progress::new();
    let prepared = grade::prepare(&root, &manifest, &workspace, &settings(), &mut progress)
        .expect("the trusted course builds in the sandbox");

    // The untouched stubs: zero of the maximum, every test failed, none hanging.
    let pristine = submission(&root, &base.join("pristine"), &[]);
    let grade = grade::grade(
        &root,
        &manifest,
        &prepared,
        &pristine,
        "pristine",
        &workspace,
        &settings(),
        &mut progress,
    )
    .expect("grading runs");
    assert_eq!(grade.max_score, 150);
    assert_eq!(grade.score, 0.0);
    assert!(grade.tampering.is_empty(), "{:?}", grade.tampering);
    for test in grade.exercises.iter().flat_map(|e| &e.tests) {
        assert_eq!(test.status, TestStatus::Failed, "{test:?}");
    }

    // One honest exercise and four ways of not earning points.
    let mixed = submission(
        &root,
        &base.join("mixed"),
        &[
            (
                "exercises/e-1/src/lib.rs",
                "pub fn answer() -> u32 {\n    42\n}\n",
            ),
            (
                "exercises/e-2/src/lib.rs",
                "pub fn answer() -> u32 {\n    let (_tx, rx) = std::sync::mpsc::channel::<u32>();\n    rx.recv().unwrap()\n}\n",
            ),
            (
                "exercises/e-3/src/lib.rs",
                "pub fn answer() -> u32 {\n    \"forty-two\"\n}\n",
            ),
            (
                "exercises/e-4/src/lib.rs",
                "pub fn answer() -> u32 {\n    7\n}\n",
            ),
            (
                "tests/e-4.rs",
                "graded::tests! {\n    fn answer_is_42() {}\n    fn answer_is_even() {}\n}\n",
            ),
            (
                "exercises/e-5/src/lib.rs",
                "pub fn answer() -> u32 {\n    std::process::exit(0)\n}\n",
            ),
        ],
    );
    let grade = grade::grade(
        &root,
        &manifest,
        &prepared,
        &mixed,
        "mixed",
        &workspace,
        &settings(),
        &mut progress,
    )
    .expect("grading runs");
    let exercise = |name: &str| {
        grade
            .exercises
            .iter()
            .find(|e| e.name == name)
            .expect("graded")
    };
    assert_eq!(grade.score, 10.0, "only e-1 is honest: {grade:#?}");
    assert_eq!(exercise("e-1").status, ExerciseStatus::Passed);
    assert!(
        exercise("e-2")
            .tests
            .iter()
            .all(|t| t.status == TestStatus::TimedOut),
        "the deadlock times out: {:?}",
        exercise("e-2")
    );
    assert_eq!(exercise("e-3").status, ExerciseStatus::DidNotCompile);
    assert!(
        exercise("e-3")
            .message
            .as_deref()
            .unwrap_or("")
            .contains("mismatched types")
    );
    assert_eq!(exercise("e-4").score, 0.0, "the trusted test file is used");
    assert!(
        exercise("e-5").tests.iter().all(|t| t
            .message
            .as_deref()
            .unwrap_or("")
            .contains("process::exit")),
        "{:?}",
        exercise("e-5")
    );
    assert_eq!(grade.tampering.len(), 1, "{:?}", grade.tampering);
    assert!(grade.tampering[0].contains("modified tests/e-4.rs"));

    // Every report names every problem.
    let json = report::json(&grade).to_string();
    let junit = report::junit(&grade);
    let markdown = report::markdown(&grade);
    let table = report::table(&grade);
    for (format, text) in [
        ("json", &json),
        ("junit", &junit),
        ("markdown", &markdown),
        ("table", &table),
    ] {
        for needle in ["tests/e-4.rs", "e-3", "process::exit"] {
            assert!(
                text.contains(needle),
                "{format} does not mention {needle}:\n{text}"
            );
        }
        let timed_out = ["timed_out", "timed out"].iter().any(|t| text.contains(t));
        let not_compiled = ["did_not_compile", "did not compile"]
            .iter()
            .any(|t| text.contains(t));
        assert!(
            timed_out && not_compiled,
            "{format} must name the time-out and the build failure:\n{text}"
        );
    }
    let classroom = report::classroom(&grade);
    assert_eq!(classroom["max_score"], 150);
    let scored: f64 = classroom["tests"]
        .as_array()
        .expect("tests")
        .iter()
        .map(|t| t["score"].as_f64().expect("score"))
        .sum();
    assert_eq!(scored, 10.0);

    // Class mode: the CSV has a row per student and exercise.
    let csv = report::class_csv(&[grade]);
    assert!(csv.contains("mixed,e-1,10,10,passed"), "{csv}");
    assert!(csv.contains("mixed,TOTAL,10,150,tampering"), "{csv}");
    let _ = fs::remove_dir_all(&base);
}

#[test]
fn without_a_sandbox_grading_refuses_and_says_what_to_install() {
    let base = support::scratch("no-sandbox");
    let root = trusted(&base);
    // A PATH without bubblewrap.
    let empty = base.join("empty-path");
    fs::create_dir_all(&empty).expect("a directory");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_course"))
        .args(["grade", "--format", "json"])
        .current_dir(&root)
        .env("PATH", &empty)
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the course tool runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    for needle in [
        "`bwrap` is not on PATH",
        "apt-get install bubblewrap",
        "--unsandboxed",
    ] {
        assert!(stderr.contains(needle), "`{needle}` in:\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!root.join("grade-results").exists(), "nothing graded");
    let _ = fs::remove_dir_all(&base);
}
