//! Grading against a hostile student: the reference solutions are out of
//! reach (a `#[path]` to them is refused and scores zero, named in every
//! report), the grader's secrets are not in the tests' environment, and a
//! test's output is cut in reports. Also: every reference solution of the
//! real course passes the capability check for its own exercise.

use std::fs;
use std::path::Path;
use std::time::Duration;

use course::grade::{self, ExerciseStatus, Settings, Workspace, capabilities};
use course::manifest::Manifest;
use course::report;
use course::sandbox::Sandbox;
use course::ui::Progress;

mod support;

use support::{SOLVED, submission, trusted};

#[test]
fn every_reference_solution_and_stub_passes_its_own_capability_check() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let manifest = Manifest::load(&root).expect("course.toml");
    let mut refused = Vec::new();
    for exercise in &manifest.exercises {
        // The stubs too: an untouched stub is not an attack.
        for tree in ["solutions", "exercises"] {
            let src = root.join(tree).join(&exercise.name).join("src");
            assert!(src.is_dir(), "{}", src.display());
            for finding in capabilities::check(&src, &exercise.capabilities) {
                refused.push(format!("{tree}/{}: {}", exercise.name, finding.sentence()));
            }
        }
    }
    assert!(refused.is_empty(), "{}", refused.join("\n"));
}

#[test]
fn the_solutions_are_out_of_reach_secrets_stay_out_and_output_is_cut() {
    // The grader's secret, which no test may see. Set before any grading
    // starts; this is the only test of this binary that grades.
    // SAFETY: no other thread of this test binary reads or writes the
    // environment while this runs (the other test only reads files).
    unsafe { std::env::set_var("GITHUB_TOKEN", "secret-token-of-the-grader") };
    let base = support::scratch("hostile");
    let root = trusted(&base);
    let manifest = Manifest::load(&root).expect("the fixture manifest");
    let workspace = Workspace {
        dir: base.join("workspace"),
        target: base.join("target"),
    };
    let settings = Settings {
        timeout: Some(Duration::from_secs(10)),
        budget: Duration::from_secs(120),
        sandbox: Sandbox::default(),
        only: Vec::new(),
    };
    let long = "x".repeat(2000);
    let hostile = submission(
        &root,
        &base.join("hostile"),
        &[
            // The four-line copy of the reference solution.
            (
                "exercises/e-1/src/lib.rs",
                "#[path = \"../../../solutions/e-1/src/lib.rs\"]\nmod reference;\npub use reference::*;\n",
            ),
            // Passes only when the grader's token is not in its environment.
            (
                "exercises/e-2/src/lib.rs",
                "pub fn answer() -> u32 {\n    match std::env::var(\"GITHUB_TOKEN\") {\n        Ok(_) => 1,\n        Err(_) => 42,\n    }\n}\n",
            ),
            // Output far over the limit, with a terminal escape in it.
            (
                "exercises/e-3/src/lib.rs",
                &format!("pub fn answer() -> u32 {{\n    panic!(\"\\u{{1b}}[2J{long}\")\n}}\n"),
            ),
            ("exercises/e-4/src/lib.rs", SOLVED),
        ],
    );
    let grade = grade::grade(
        &root,
        &manifest,
        &hostile,
        "hostile",
        &workspace,
        &settings,
        &mut Progress::new(),
    )
    .expect("grading runs");

    // The grading copy holds no reference solutions.
    assert!(!workspace.dir.join("solutions").exists());
    let cargo_toml = fs::read_to_string(workspace.dir.join("Cargo.toml")).expect("manifest");
    assert!(!cargo_toml.contains("solutions"), "{cargo_toml}");

    let by_name = |name: &str| {
        grade
            .exercises
            .iter()
            .find(|e| e.name == name)
            .expect("graded")
    };
    let e1 = by_name("e-1");
    assert_eq!(e1.status, ExerciseStatus::Refused, "{e1:?}");
    assert_eq!(e1.score, 0.0);
    assert_eq!(by_name("e-2").score, 20.0, "{:?}", by_name("e-2"));
    let e3 = by_name("e-3");
    assert_eq!(e3.score, 0.0);
    for test in &e3.tests {
        let message = test.message.as_deref().unwrap_or("");
        assert!(message.contains("[output cut:"), "{message}");
        assert!(message.chars().count() < 700, "{message}");
        assert!(!message.contains('\u{1b}'), "{message}");
    }
    assert_eq!(by_name("e-4").score, 40.0);
    assert_eq!(by_name("e-5").score, 0.0);
    assert_eq!(grade.score, 60.0);

    // The attack is named in every report format, and no secret is in any.
    let reports = [
        ("json", report::json(&grade).to_string()),
        ("markdown", report::markdown(&grade)),
        ("junit", report::junit(&grade)),
        ("table", report::table(&grade)),
    ];
    for (format, text) in &reports {
        assert!(text.contains("#[path"), "{format}: {text}");
        assert!(!text.contains("secret-token"), "{format}: {text}");
    }

    // The reference solutions, copied in as a submission: full marks, and
    // nothing refused.
    let solved: Vec<(String, String)> = support::EXERCISES
        .iter()
        .map(|name| {
            let lib = fs::read_to_string(root.join(format!("solutions/{name}/src/lib.rs")))
                .expect("a solution");
            (format!("exercises/{name}/src/lib.rs"), lib)
        })
        .collect();
    let changes: Vec<(&str, &str)> = solved
        .iter()
        .map(|(path, text)| (path.as_str(), text.as_str()))
        .collect();
    let honest = submission(&root, &base.join("honest"), &changes);
    let grade = grade::grade(
        &root,
        &manifest,
        &honest,
        "honest",
        &workspace,
        &settings,
        &mut Progress::new(),
    )
    .expect("grading runs");
    assert_eq!(grade.score, f64::from(grade.max_score), "{grade:?}");
    assert!(grade.tampering.is_empty(), "{:?}", grade.tampering);
    let _ = fs::remove_dir_all(&base);
}
