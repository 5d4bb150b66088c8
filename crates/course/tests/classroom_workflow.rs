//! The committed Classroom workflow's grading step, run as GitHub would run
//! it: the same shell commands, the same environment variables, against a
//! small course and a submission with one exercise solved.

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

mod support;

use support::{SOLVED, submission, trusted};

/// The `run: |` block of `workflow` that follows the `# course:<marker>` line.
fn commands(workflow: &str, marker: &str) -> String {
    let workflow = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../.github/workflows")
        .join(workflow);
    let text = fs::read_to_string(&workflow).expect("the workflow is committed");
    let marker = format!("# course:{marker}");
    let mut lines = text.lines().skip_while(|l| !l.contains(&marker)).skip(1);
    let run = lines.next().expect("a run step after the marker");
    assert!(
        run.trim() == "run: |",
        "the marker is followed by `run: |`, not {run:?}"
    );
    let body: Vec<&str> = lines
        .take_while(|l| l.starts_with("          ") || l.trim().is_empty())
        .collect();
    body.iter()
        .map(|l| l.get(10..).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn grade_commands() -> String {
    commands("classroom.yml", "grade-commands")
}

/// A `bin/` under `workspace` in which `cargo-course` is this build of the
/// tool, as an installed cargo subcommand would be; returns a PATH with it.
fn path_with_the_tool(workspace: &Path) -> String {
    let bin = workspace.join("bin");
    fs::create_dir_all(&bin).expect("bin dir");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_course"), bin.join("cargo-course"))
        .expect("shim");
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

#[test]
fn the_classroom_workflow_grades_a_submission_and_reports_to_classroom() {
    let commands = grade_commands();
    assert!(commands.contains("cargo course grade"), "{commands}");

    let workspace = support::scratch("classroom");
    // `course/` is the trusted course, `submission/` the student's checkout.
    let built = trusted(&workspace);
    let course = workspace.join("course");
    assert_eq!(built, course);
    submission(
        &course,
        &workspace.join("submission"),
        &[("exercises/e-1/src/lib.rs", SOLVED)],
    );

    // `cargo course` resolves to this build of the tool.
    let path = path_with_the_tool(&workspace);
    let output_file = workspace.join("github_output");
    let summary_file = workspace.join("step_summary");

    let output = Command::new("bash")
        .args(["-e", "-c", &commands])
        .current_dir(&course)
        .env("PATH", path)
        .env("GITHUB_WORKSPACE", &workspace)
        .env("GITHUB_OUTPUT", &output_file)
        .env("GITHUB_STEP_SUMMARY", &summary_file)
        .env("NO_COLOR", "1")
        .output()
        .expect("bash runs");
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the grading step exits 0 once grading ran:\n{table}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(table.contains("Score: 10/150"), "{table}");

    let results = workspace.join("grade-results");
    let json: Value = serde_json::from_str(
        &fs::read_to_string(results.join("results.json")).expect("results.json"),
    )
    .expect("valid JSON");
    assert_eq!(json["version"], 3);
    assert_eq!(json["score"], 10.0);
    assert_eq!(json["max_score"], 150);
    assert!(
        fs::read_to_string(results.join("junit.xml"))
            .expect("junit")
            .contains("<testsuites")
    );
    let summary = fs::read_to_string(&summary_file).expect("the step summary was written");
    assert!(summary.contains("10/150"), "{summary}");

    // The reporter reads `result` from the step's outputs: base64 JSON.
    let outputs = fs::read_to_string(&output_file).expect("GITHUB_OUTPUT was written");
    let encoded = outputs
        .lines()
        .find_map(|l| l.strip_prefix("result="))
        .expect("a result output");
    let decoded = Command::new("base64")
        .args(["-d"])
        .stdin(
            fs::File::open(&output_file)
                .ok()
                .map_or(std::process::Stdio::null(), |_| {
                    std::process::Stdio::piped()
                }),
        )
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(encoded.as_bytes())?;
            child.wait_with_output()
        })
        .expect("base64 -d");
    let classroom: Value = serde_json::from_slice(&decoded.stdout).expect("the payload is JSON");
    assert_eq!(classroom["max_score"], 150);
    let points: f64 = classroom["tests"]
        .as_array()
        .expect("tests")
        .iter()
        .map(|t| t["score"].as_f64().unwrap_or(0.0))
        .sum();
    assert_eq!(points, 10.0);
    let _ = fs::remove_dir_all(&workspace);
}

#[test]
fn the_class_workflow_grades_shards_and_merges_them_into_one_class() {
    let shard = commands("classroom-class.yml", "shard-commands");
    let merge = commands("classroom-class.yml", "merge-commands");
    assert!(shard.contains("--shard"), "{shard}");
    assert!(merge.contains("grade merge"), "{merge}");

    let workspace = support::scratch("class-workflow");
    let course = trusted(&workspace);
    let submissions = workspace.join("submissions");
    submission(
        &course,
        &submissions.join("alice"),
        &[("exercises/e-1/src/lib.rs", SOLVED)],
    );
    submission(&course, &submissions.join("bob"), &[]);
    submission(
        &course,
        &submissions.join("carol"),
        &[("exercises/e-2/src/lib.rs", SOLVED)],
    );
    let path = path_with_the_tool(&workspace);
    let run = |script: &str, env: &[(&str, &str)]| {
        let output = Command::new("bash")
            .args(["-e", "-c", script])
            .current_dir(&course)
            .env("PATH", &path)
            .env("GITHUB_WORKSPACE", &workspace)
            .env("GITHUB_STEP_SUMMARY", workspace.join("step_summary"))
            .env("NO_COLOR", "1")
            .envs(env.iter().copied())
            .output()
            .expect("bash runs");
        assert!(
            output.status.success(),
            "{script}\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    };
    for k in ["1", "2"] {
        run(&shard, &[("SHARD", k), ("SHARDS", "2")]);
    }
    run(&merge, &[]);

    let class = workspace.join("class");
    let csv = fs::read_to_string(class.join("class.csv")).expect("class.csv");
    for row in [
        "alice,TOTAL,10,150",
        "bob,TOTAL,0,150",
        "carol,TOTAL,20,150",
    ] {
        assert!(csv.contains(row), "{row} in\n{csv}");
    }
    for id in ["alice", "bob", "carol"] {
        assert!(class.join(id).join("results.json").is_file(), "{id}");
    }
    // Each shard graded only its own: alice and carol in the first.
    let first = fs::read_to_string(workspace.join("shard-1/class.csv")).expect("shard 1");
    assert!(first.contains("alice,") && first.contains("carol,") && !first.contains("bob,"));
    let summary = fs::read_to_string(workspace.join("step_summary")).expect("summary");
    assert!(summary.contains("alice,TOTAL"), "{summary}");
    let _ = fs::remove_dir_all(&workspace);
}
