//! Grading against a hostile student, end to end through `cargo course
//! grade --many`: a class of submissions that attack the grader, each
//! exercise of an attack written to score only if its attack works, and an
//! honest student graded after them all.
//!
//! For every attack this checks: the submission scores exactly its honest
//! part; what the grader detects is named in the table, the JSON, the JUnit
//! and the Markdown reports; nothing outside the sandbox changed (the
//! trusted course's files, the other students' folders, the grader's
//! outputs); no process is left; no secret reaches a report.
//!
//! The fixture course's `e-1` is granted no capability and `e-2` … `e-5`
//! every one, so that what the attacks try is stopped by the sandbox
//! itself, not by the capability check (which `a-copy` tries).

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::io::ErrorKind;
use std::os::unix::net::UnixListener;
use std::path::{Path, PathBuf};
use std::time::Instant;

use course::grade::{self, ExerciseStatus, TestStatus, capabilities};
use course::manifest::Manifest;

mod support;

use support::{SOLVED, submission, trusted};

/// The grader's secrets, which no test and no report may see.
const TOKEN: &str = "ghp_hostile_suite_token_value";
const OUTSIDE_SECRET: &str = "outside-secret-content-4711";

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

/// One attacking submission: its exercises' sources, what it must score,
/// and what every report must name.
struct Attack {
    id: &'static str,
    sources: Vec<(&'static str, String)>,
    score: f64,
    named: &'static [&'static str],
}

/// The paths and names an attack's source is written with.
struct Places {
    root: PathBuf,
    victim: PathBuf,
    out: PathBuf,
    secret_file: PathBuf,
    socket: PathBuf,
    port: u16,
    gh_output: PathBuf,
    gh_summary: PathBuf,
    marker: String,
}

impl Places {
    fn fill(&self, template: &str) -> String {
        let targets: Vec<String> = self
            .targets()
            .iter()
            .map(|p| format!("{:?}", p.display().to_string()))
            .collect();
        template
            .replace("@TARGETS@", &targets.join(", "))
            .replace("@SECRET_FILE@", &self.secret_file.display().to_string())
            .replace("@SOCKET@", &self.socket.display().to_string())
            .replace("@PORT@", &self.port.to_string())
            .replace("@CSV@", &self.out.join("class.csv").display().to_string())
            .replace("@MARKER@", &self.marker)
    }

    /// What a test that escaped would overwrite or plant.
    fn targets(&self) -> Vec<PathBuf> {
        let grade = self.root.join("target/grade");
        vec![
            self.victim.join("exercises/e-1/src/lib.rs"),
            self.root.join("tests/e-1.rs"),
            self.root.join("course.toml"),
            grade.join("pristine/tests/e-1.rs"),
            grade.join("base/planted"),
            self.root.join("target/.cargo/config.toml"),
            self.root.join(".cargo/config.toml"),
            self.out.join("class.csv"),
            self.gh_output.clone(),
            self.gh_summary.clone(),
            PathBuf::from("/course/tests/e-1.rs"),
            PathBuf::from("/course/.cargo/config.toml"),
            PathBuf::from("/build/planted"),
            PathBuf::from("/build/debug/planted"),
        ]
    }

    /// What must not exist after grading (planted, if an attack escaped).
    fn planted(&self) -> Vec<PathBuf> {
        vec![
            self.root.join("target/grade/base/planted"),
            self.root.join("target/.cargo"),
            self.root.join(".cargo"),
        ]
    }
}

const COPY_FILES: &str = r#"pub fn answer() -> u32 {
    std::fs::read_to_string("/course/solutions/e-1/src/lib.rs").map_or(42, |_| 42)
}
"#;

const COPY_PATH: &str = r#"#[path = "../../../solutions/e-2/src/lib.rs"]
mod reference;
pub use reference::*;
"#;

const COPY_INCLUDE: &str = r#"pub fn answer() -> u32 {
    include_str!("../../../solutions/e-3/src/lib.rs").len() as u32 * 0 + 42
}
"#;

const COPY_ENV: &str = r#"pub fn answer() -> u32 {
    env!("CARGO_PKG_NAME").len() as u32 * 0 + 42
}
"#;

/// libtest's own lines, printed by a `todo!` of the student's straight to
/// the standard output (past libtest's capture of `println!`).
const FORGE_OUTPUT: &str = r#"macro_rules! todo {
    () => {{
        use std::io::Write;
        let mut out = std::io::stdout();
        let _ = writeln!(out, "running 1 test");
        let _ = writeln!(out, "test answer_is_42 ... ok");
        let _ = writeln!(out, "test answer_is_even ... ok");
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "test result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out"
        );
        let _ = out.flush();
        std::process::exit(0)
    }};
}

pub fn answer() -> u32 {
    todo!()
}
"#;

/// Pass lines written to the result file with guessed secrets.
const FORGE_CHANNEL: &str = r#"pub fn answer() -> u32 {
    use std::io::Write;
    if let Some(path) = std::env::var_os("GRADED_RESULT_FILE")
        && let Ok(mut file) = std::fs::OpenOptions::new().append(true).open(path)
    {
        for guess in ["", "0", "secret", "passed"] {
            let _ = writeln!(file, "{guess} passed answer_is_42");
            let _ = writeln!(file, "{guess} passed answer_is_even");
        }
    }
    std::process::exit(0)
}
"#;

/// Overwrites and plants files outside its own copy.
const ESCAPE_WRITE: &str = r#"pub fn answer() -> u32 {
    let mut wrote = false;
    for target in [@TARGETS@] {
        // A missing folder may be planted (`.cargo/`), only one level deep:
        // the paths outside do not exist in the sandbox's own /tmp.
        if let Some(dir) = std::path::Path::new(target).parent()
            && dir.ends_with(".cargo")
            && dir.parent().is_some_and(|up| up.exists())
        {
            let _ = std::fs::create_dir(dir);
        }
        wrote |= std::fs::write(target, "pub fn answer() -> u32 { 0 }\n").is_ok();
    }
    // Every built test binary of the submission, its own and the others'.
    if let Ok(entries) = std::fs::read_dir("/build/debug/deps") {
        for entry in entries.flatten() {
            wrote |= std::fs::OpenOptions::new().append(true).open(entry.path()).is_ok();
        }
    }
    if wrote { 42 } else { 7 }
}
"#;

/// Puts the environment and files of the grader into its failure message.
const ESCAPE_READ: &str = r#"pub fn answer() -> u32 {
    let env: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();
    let file = std::fs::read_to_string("@SECRET_FILE@").unwrap_or_default();
    let shadow = std::fs::read_to_string("/etc/shadow").unwrap_or_default();
    panic!("env: {env:?} file: {file} shadow: {shadow}");
}
"#;

/// Reaches for a socket outside, the grader's loopback, the grader's
/// processes.
const ESCAPE_REACH: &str = r#"pub fn answer() -> u32 {
    let unix = std::os::unix::net::UnixStream::connect("@SOCKET@").is_ok();
    let tcp = std::net::TcpStream::connect("127.0.0.1:@PORT@").is_ok();
    let mut grader = false;
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            if let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) {
                grader |= String::from_utf8_lossy(&cmdline).contains("--many");
            }
        }
    }
    if unix || tcp || grader { 42 } else { 7 }
}
"#;

/// A daemon that would rewrite the class CSV after the grader ends.
const PROCS_DAEMON: &str = r#"pub fn answer() -> u32 {
    let _ = std::process::Command::new("setsid")
        .args(["sh", "-c", "while :; do sleep 0.2; echo forged > @CSV@; done", "@MARKER@"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    7
}
"#;

/// A child in a session of its own that holds the test's output open.
const PROCS_HOLD: &str = r#"pub fn answer() -> u32 {
    let _ = std::process::Command::new("setsid")
        .args(["sh", "-c", "sleep 30", "@MARKER@"])
        .spawn();
    7
}
"#;

/// A fork bomb that scores if a thousand processes run at once.
const PROCS_FORK: &str = r#"pub fn answer() -> u32 {
    let mut children = Vec::new();
    for _ in 0..1000 {
        match std::process::Command::new("sleep").arg("20").spawn() {
            Ok(child) => children.push(child),
            Err(_) => break,
        }
    }
    let started = children.len();
    for mut child in children {
        let _ = child.kill();
        let _ = child.wait();
    }
    if started == 1000 { 42 } else { 7 }
}
"#;

/// Four children of 400 MiB each, under a limit of 512 MiB for the tree.
const PROCS_MEMORY: &str = r#"pub fn answer() -> u32 {
    let children: Vec<_> = (0..4)
        .filter_map(|_| {
            std::process::Command::new("dd")
                .args(["if=/dev/zero", "of=/dev/null", "bs=400M", "count=4"])
                .stderr(std::process::Stdio::null())
                .spawn()
                .ok()
        })
        .collect();
    let finished = children
        .into_iter()
        .filter_map(|mut child| child.wait().ok())
        .filter(|status| status.success())
        .count();
    if finished == 4 { 42 } else { 7 }
}
"#;

/// A constant whose evaluation never ends: the build's time limit stops it.
const CONST_LOOP: &str = r#"#![allow(long_running_const_eval)]

const SPIN: u32 = {
    let mut i: u32 = 0;
    loop {
        i = i.wrapping_add(1);
        if i == 0 {
            i = 1;
        }
    }
};

pub fn answer() -> u32 {
    SPIN
}
"#;

fn attacks(places: &Places) -> Vec<Attack> {
    let solved = || SOLVED.to_owned();
    vec![
        Attack {
            id: "a-copy",
            sources: vec![
                ("e-1", COPY_FILES.to_owned()),
                ("e-2", COPY_PATH.to_owned()),
                ("e-3", COPY_INCLUDE.to_owned()),
                ("e-4", COPY_ENV.to_owned()),
                ("e-5", solved()),
            ],
            score: 50.0,
            named: &["not granted", "#[path", "include_str!", "env!"],
        },
        Attack {
            id: "b-forge",
            sources: vec![
                ("e-1", solved()),
                ("e-2", FORGE_OUTPUT.to_owned()),
                ("e-3", FORGE_CHANNEL.to_owned()),
                ("e-4", solved()),
            ],
            score: 50.0,
            named: &["forged test output"],
        },
        Attack {
            id: "c-escape",
            sources: vec![
                ("e-1", solved()),
                ("e-2", places.fill(ESCAPE_WRITE)),
                ("e-3", places.fill(ESCAPE_READ)),
                ("e-4", places.fill(ESCAPE_REACH)),
                ("e-5", solved()),
            ],
            score: 60.0,
            named: &[],
        },
        Attack {
            id: "d-procs",
            sources: vec![
                ("e-1", solved()),
                ("e-2", places.fill(PROCS_DAEMON)),
                ("e-3", places.fill(PROCS_HOLD)),
                ("e-4", PROCS_FORK.to_owned()),
                ("e-5", PROCS_MEMORY.to_owned()),
            ],
            score: 10.0,
            named: &["left 1 process", "memory limit", "processes and threads"],
        },
        Attack {
            id: "e-const",
            sources: vec![
                ("e-1", solved()),
                ("e-2", solved()),
                ("e-3", CONST_LOOP.into()),
            ],
            score: 30.0,
            named: &["build was stopped"],
        },
    ]
}

/// Every file under `dir` (but `target/` and `.git/`) and its contents.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        for entry in fs::read_dir(&at).expect("a readable tree").flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if name == "target" || name == ".git" {
                continue;
            }
            if entry.file_type().expect("a file type").is_dir() {
                stack.push(path);
            } else {
                let bytes = fs::read(&path).expect("a readable file");
                files.insert(path.strip_prefix(dir).expect("inside").to_owned(), bytes);
            }
        }
    }
    files
}

/// The processes of this machine whose command line holds `marker`.
fn processes_with(marker: &str) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir("/proc").expect("/proc").flatten() {
        if let Ok(cmdline) = fs::read(entry.path().join("cmdline")) {
            let text = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            if text.contains(marker) {
                found.push(format!("{}: {text}", entry.file_name().to_string_lossy()));
            }
        }
    }
    found
}

/// `cargo course grade ARGS` with the grader's secrets in its environment.
fn grade_cli(root: &Path, args: &[&str], places: &Places) -> (bool, String, String) {
    let args: Vec<&str> = std::iter::once("grade")
        .chain(args.iter().copied())
        .collect();
    let env: [(&str, &OsStr); 4] = [
        ("GITHUB_TOKEN", OsStr::new(TOKEN)),
        ("SSH_AUTH_SOCK", places.socket.as_os_str()),
        ("GITHUB_OUTPUT", places.gh_output.as_os_str()),
        ("GITHUB_STEP_SUMMARY", places.gh_summary.as_os_str()),
    ];
    support::course_with_env(root, &args, &env)
}

#[test]
fn a_hostile_class_scores_its_honest_part_and_changes_nothing_outside() {
    // Fails, saying what to install, where there is no sandbox.
    support::sandbox();
    let base = support::scratch("hostile");
    let root = trusted(&base);
    let class = base.join("class");
    let out = base.join("results");
    let secret_file = base.join("outside-secret.txt");
    fs::write(&secret_file, OUTSIDE_SECRET).expect("the secret file");
    let socket = base.join("outside.sock");
    let unix = UnixListener::bind(&socket).expect("an outside socket");
    unix.set_nonblocking(true).expect("nonblocking");
    let tcp = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback listener");
    tcp.set_nonblocking(true).expect("nonblocking");
    let places = Places {
        root: root.clone(),
        victim: class.join("z-victim"),
        out: out.clone(),
        secret_file,
        port: tcp.local_addr().expect("an address").port(),
        socket,
        gh_output: base.join("github-output"),
        gh_summary: base.join("github-summary"),
        marker: format!("hostile-suite-marker-{}", std::process::id()),
    };

    let attacks = attacks(&places);
    let mut dirs = Vec::new();
    for attack in &attacks {
        let paths: Vec<String> = attack
            .sources
            .iter()
            .map(|(name, _)| format!("exercises/{name}/src/lib.rs"))
            .collect();
        let changes: Vec<(&str, &str)> = paths
            .iter()
            .zip(&attack.sources)
            .map(|(path, (_, text))| (path.as_str(), text.as_str()))
            .collect();
        dirs.push(submission(&root, &class.join(attack.id), &changes));
    }
    let honest: Vec<(String, String)> = support::EXERCISES
        .iter()
        .map(|name| (format!("exercises/{name}/src/lib.rs"), SOLVED.to_owned()))
        .collect();
    let honest: Vec<(&str, &str)> = honest
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    dirs.push(submission(&root, &places.victim, &honest));

    let trusted_before = tree(&root);
    let victim_before = tree(&places.victim);

    let mut args = vec![
        "--format",
        "table,json,junit,markdown,classroom",
        "--out",
        out.to_str().expect("a UTF-8 path"),
        "--timeout-ms",
        "10000",
        "--build-secs",
        "40",
        "--memory-mb",
        "512",
        "--max-processes",
        "64",
        "--many",
    ];
    let dir_args: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    args.extend(dir_args.iter().map(String::as_str));
    let started = Instant::now();
    let (ok, stdout, stderr) = grade_cli(&root, &args, &places);
    let elapsed = started.elapsed();
    assert!(ok, "grading ran:\n{stdout}\n{stderr}");
    println!("the hostile class took {elapsed:?}");
    println!("{stdout}");

    // Nothing is left running, however it detached.
    let left = processes_with(&places.marker);
    assert!(left.is_empty(), "processes left behind: {left:?}");

    // The scores: each attack exactly its honest part, the victim all.
    let grades: Vec<grade::Grade> =
        serde_json::from_str(&fs::read_to_string(out.join("grades.json")).expect("grades.json"))
            .expect("the class's grades");
    let by_id = |id: &str| {
        grades
            .iter()
            .find(|g| g.student == id)
            .unwrap_or_else(|| panic!("{id} is graded: {stdout}"))
    };
    for attack in &attacks {
        let grade = by_id(attack.id);
        assert_eq!(
            grade.score, attack.score,
            "{}: {:#?}\n{stdout}",
            attack.id, grade
        );
        let reports = [
            (
                "json",
                fs::read_to_string(out.join(attack.id).join("results.json")),
            ),
            (
                "junit",
                fs::read_to_string(out.join(attack.id).join("junit.xml")),
            ),
            (
                "markdown",
                fs::read_to_string(out.join(attack.id).join("summary.md")),
            ),
        ];
        for (format, text) in reports {
            let text = text.unwrap_or_else(|err| panic!("{}'s {format} report: {err}", attack.id));
            for needle in attack.named {
                assert!(
                    text.contains(needle),
                    "{}'s {format} report does not name `{needle}`:\n{text}",
                    attack.id
                );
            }
        }
        let heading = format!("Grade for {}", attack.id);
        let table = stdout
            .split_once(&heading)
            .map(|(_, rest)| rest.split("Grade for ").next().unwrap_or(rest))
            .expect("the table of the attack");
        for needle in attack.named {
            assert!(
                table.contains(needle),
                "{}'s table does not name `{needle}`:\n{stdout}",
                attack.id
            );
        }
    }
    let copy = by_id("a-copy");
    for exercise in &copy.exercises[..4] {
        assert_eq!(exercise.status, ExerciseStatus::Refused, "{exercise:?}");
    }
    let held = by_id("d-procs")
        .exercises
        .iter()
        .find(|e| e.name == "e-3")
        .expect("e-3");
    for test in &held.tests {
        assert!(
            test.duration_ms < 5000,
            "a child holding the output held the test: {test:?}"
        );
    }
    let stopped = by_id("e-const")
        .exercises
        .iter()
        .find(|e| e.name == "e-3")
        .expect("e-3");
    assert_eq!(stopped.status, ExerciseStatus::DidNotCompile, "{stopped:?}");
    let victim = by_id("z-victim");
    assert_eq!(victim.score, 150.0, "{victim:#?}");
    assert!(victim.tampering.is_empty(), "{:?}", victim.tampering);
    assert!(
        victim
            .exercises
            .iter()
            .flat_map(|e| &e.tests)
            .all(|t| t.status == TestStatus::Passed)
    );

    // Nothing outside the sandbox changed.
    assert!(tree(&root) == trusted_before, "the trusted course changed");
    assert!(
        tree(&places.victim) == victim_before,
        "another student's folder changed"
    );
    for planted in places.planted() {
        assert!(!planted.exists(), "planted: {}", planted.display());
    }
    let pristine = root.join("target/grade/pristine");
    for file in ["tests/e-1.rs", "course.toml"] {
        assert_eq!(
            fs::read(pristine.join(file)).ok(),
            fs::read(root.join(file)).ok(),
            "the grading copy's {file} changed"
        );
    }
    assert!(!pristine.join("solutions").exists());
    assert_eq!(
        unix.accept().map(|_| ()).map_err(|e| e.kind()),
        Err(ErrorKind::WouldBlock),
        "a test reached a socket outside"
    );
    assert_eq!(
        tcp.accept().map(|_| ()).map_err(|e| e.kind()),
        Err(ErrorKind::WouldBlock),
        "a test reached the grader's loopback"
    );
    let csv = fs::read_to_string(out.join("class.csv")).expect("class.csv");
    assert!(csv.starts_with("student,exercise,"), "{csv}");
    assert!(!csv.contains("forged"), "{csv}");
    let gh_output = fs::read_to_string(&places.gh_output).expect("GITHUB_OUTPUT");
    assert_eq!(
        gh_output.lines().count(),
        dirs.len(),
        "one result line per submission, the grader's: {gh_output}"
    );
    assert!(
        gh_output.lines().all(|l| l.starts_with("result=")),
        "{gh_output}"
    );
    let gh_summary = fs::read_to_string(&places.gh_summary).expect("GITHUB_STEP_SUMMARY");
    assert!(!gh_summary.contains("pub fn answer"), "{gh_summary}");

    // No secret in any report, nor in what the grader printed.
    let mut texts = vec![
        ("stdout".to_owned(), stdout.clone()),
        ("stderr".to_owned(), stderr),
    ];
    for file in tree(&out) {
        texts.push((
            file.0.display().to_string(),
            String::from_utf8_lossy(&file.1).into_owned(),
        ));
    }
    for (name, text) in &texts {
        for secret in [TOKEN, OUTSIDE_SECRET, places.socket.to_str().unwrap_or("-")] {
            assert!(!text.contains(secret), "{name} holds a secret `{secret}`");
        }
    }

    // Class mode across machines: two folders of one name get two ids, two
    // shards grade one each, and merging them gives the class.
    let twins = [base.join("x/twin"), base.join("y/twin")];
    submission(&root, &twins[0], &honest);
    submission(&root, &twins[1], &[]);
    let shard_out = |k: usize| base.join(format!("shard-{k}"));
    for k in 1..=2 {
        let out = shard_out(k);
        let shard = format!("{k}/2");
        let (ok, stdout, stderr) = grade_cli(
            &root,
            &[
                "--format",
                "json",
                "--out",
                out.to_str().expect("UTF-8"),
                "--shard",
                &shard,
                "--many",
                twins[0].to_str().expect("UTF-8"),
                twins[1].to_str().expect("UTF-8"),
            ],
            &places,
        );
        assert!(ok, "shard {k}:\n{stdout}\n{stderr}");
    }
    let merged = base.join("merged");
    let (ok, stdout, stderr) = support::course(
        &root,
        &[
            "grade",
            "merge",
            "--out",
            merged.to_str().expect("UTF-8"),
            shard_out(1).to_str().expect("UTF-8"),
            shard_out(2).to_str().expect("UTF-8"),
        ],
    );
    assert!(ok, "merge:\n{stdout}\n{stderr}");
    let grades: Vec<grade::Grade> = serde_json::from_str(
        &fs::read_to_string(merged.join("grades.json")).expect("merged grades.json"),
    )
    .expect("merged grades");
    let mut scores: Vec<(String, f64)> = grades
        .iter()
        .map(|g| (g.student.clone(), g.score))
        .collect();
    scores.sort_by(|a, b| a.1.total_cmp(&b.1));
    assert_eq!(scores.len(), 2, "{scores:?}");
    assert_ne!(scores[0].0, scores[1].0);
    assert!(
        scores.iter().all(|(id, _)| id.starts_with("twin-")),
        "{scores:?}"
    );
    assert_eq!((scores[0].1, scores[1].1), (0.0, 150.0));
    for (id, _) in &scores {
        assert!(
            merged.join(id).join("results.json").is_file(),
            "{id}'s report"
        );
    }
    let csv = fs::read_to_string(merged.join("class.csv")).expect("merged class.csv");
    assert_eq!(
        csv.lines().filter(|l| l.contains(",TOTAL,")).count(),
        2,
        "{csv}"
    );

    drop((unix, tcp));
    let _ = fs::remove_dir_all(&base);
}
