//! The runner against a real test binary: a tiny crate built here, whose
//! graded tests pass, fail, deadlock and end the process early. Each must
//! be reported for what it is, and the deadlock must not stop the others.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use course::cargo;
use course::runner::{self, Plan, Status};

const GRADED_TESTS: &str = r#"
graded::tests! {
    /// Passes.
    fn finishes() {
        assert_eq!(1 + 1, 2);
    }

    /// A solution whose body was replaced by an endless wait.
    fn waits_forever() {
        let (_keep_sender, rx) = std::sync::mpsc::channel::<()>();
        let _ = rx.recv();
    }

    /// An honest failure.
    fn fails() {
        assert_eq!(1, 2, "one is not two");
    }

    /// Ends the process "successfully" before the harness can report.
    fn exits_early() {
        std::process::exit(0);
    }
}
"#;

fn fixture() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("course-runner-fixture-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("src")).expect("fixture dir");
    fs::create_dir_all(dir.join("tests")).expect("fixture dir");
    let graded = Path::new(env!("CARGO_MANIFEST_DIR")).join("../graded");
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"fixture\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
             [workspace]\n\n[dev-dependencies]\ngraded = {{ path = {:?} }}\n",
            graded.canonicalize().expect("graded crate")
        ),
    )
    .expect("fixture manifest");
    fs::write(dir.join("src/lib.rs"), "").expect("fixture lib");
    fs::write(dir.join("tests/graded.rs"), GRADED_TESTS).expect("fixture tests");
    dir
}

#[test]
fn each_outcome_is_reported_for_what_it_is_and_a_deadlock_stops_nothing() {
    let dir = fixture();
    let mut cmd = cargo::build_command(&dir, "test");
    cmd.args(["--no-run", "--offline"])
        .env("CARGO_TARGET_DIR", dir.join("target"));
    let build = cargo::build(cmd, |_| {}).expect("cargo runs");
    assert!(
        build.success,
        "the fixture builds: {:?} {}",
        build.errors, build.cargo_stderr
    );
    let exe = build
        .executables
        .iter()
        .find(|e| e.kind == "test" && e.target == "graded")
        .expect("the graded test binary");

    let tests = runner::list(&exe.path).expect("list");
    assert_eq!(tests, ["exits_early", "fails", "finishes", "waits_forever"]);

    let limit = Duration::from_millis(300);
    let plan = Plan {
        executable: exe.path.clone(),
        limit,
        env: Vec::new(),
        wrapper: Vec::new(),
        jail: None,
    };
    let started = Instant::now();
    let results = runner::run_all(&plan, &tests, 2, &|_| {});
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the deadlocked test held up the run: {:?}",
        started.elapsed()
    );

    let status = |name: &str| {
        results
            .iter()
            .find(|r| r.name == name)
            .map(|r| r.status.clone())
            .expect("a result per test")
    };
    assert_eq!(status("finishes"), Status::Passed);
    let waits = status("waits_forever");
    assert!(
        matches!(&waits, Status::TimedOut(t) if t.limit == limit),
        "{waits:?}"
    );
    let waits = waits.message();
    assert!(waits.contains("may have deadlocked"), "{waits}");
    // The watchdog's report: the thread still running, the call it was
    // blocked in, and the line of the test that made it.
    assert!(
        waits.contains("the test's thread `waits_forever`, blocked in std::sync::mpsc::Receiver"),
        "{waits}"
    );
    assert!(waits.contains("tests/graded.rs:11:"), "{waits}");
    assert!(!waits.contains("crates/graded/src"), "{waits}");
    let fails = status("fails").message();
    assert!(fails.contains("one is not two"), "{fails}");
    let exits = status("exits_early");
    assert!(
        matches!(&exits, Status::Failed(m) if m.contains("process::exit")),
        "{exits:?}"
    );
    let _ = fs::remove_dir_all(&dir);
}
