//! Running graded tests: one process per test, each under a time limit.
//!
//! A test binary is listed (`--list`) and then each test runs alone
//! (`--exact NAME`). One process per test means that a test which hangs, or
//! ends the whole process with `std::process::exit`, costs only itself; the
//! runner also gives each process a hard deadline past the watchdog's limit,
//! and kills the whole process group when it passes.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

use crate::grade::sandbox::Jail;
use crate::process::{Outcome, run_with_input};

/// How a test ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Passed,
    /// An assertion or panic; the message, trimmed.
    Failed(String),
    /// Still running when its limit passed: probably a deadlock.
    TimedOut(Timeout),
}

/// A test that was still running when its limit passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeout {
    pub limit: Duration,
    /// What the watchdog found still running, and where (its lines from
    /// the test's output; empty when the process was killed before it
    /// could say).
    pub report: String,
}

impl Timeout {
    /// A time-out with nothing more to say.
    pub fn after(limit: Duration) -> Timeout {
        Timeout {
            limit,
            report: String::new(),
        }
    }
}

impl Status {
    pub fn passed(&self) -> bool {
        matches!(self, Status::Passed)
    }

    /// A one-word label for tables.
    pub fn label(&self) -> &'static str {
        match self {
            Status::Passed => "passed",
            Status::Failed(_) => "failed",
            Status::TimedOut(_) => "timed out",
        }
    }

    /// What went wrong, in a sentence or a few lines; empty when it passed.
    pub fn message(&self) -> String {
        match self {
            Status::Passed => String::new(),
            Status::Failed(message) => message.clone(),
            Status::TimedOut(timeout) => {
                let mut message = format!(
                    "did not finish within {}: it may have deadlocked (a wait that never ends)",
                    crate::ui::duration(timeout.limit)
                );
                if !timeout.report.is_empty() {
                    message.push('\n');
                    message.push_str(&timeout.report);
                }
                message
            }
        }
    }
}

/// One test's result.
#[derive(Debug, Clone)]
pub struct TestResult {
    pub name: String,
    pub status: Status,
    pub elapsed: Duration,
    /// What the test's processes did that grading names whatever the
    /// result: forged output, the memory or process limit reached,
    /// processes left running (sentences; empty for most tests).
    pub notes: Vec<String>,
}

/// How to run one test binary's tests.
#[derive(Debug, Clone)]
pub struct Plan {
    pub executable: PathBuf,
    /// The watchdog's limit per test ([`graded`]'s `GRADED_TIMEOUT_MS`).
    pub limit: Duration,
    /// Extra environment for the test processes.
    pub env: Vec<(String, String)>,
    /// A command that the test binary runs under, or empty.
    pub wrapper: Vec<String>,
    /// The sandbox the test processes run in, when grading: the
    /// executable's path is then the path inside it.
    pub jail: Option<std::sync::Arc<Jail>>,
}

/// How much longer than the watchdog's limit a test process may live before
/// it is killed: start-up, the harness, and a process that ignores the
/// watchdog (an endless loop in a `Drop`, a call to `process::exit` late…).
const GRACE: Duration = Duration::from_secs(5);

/// The lines of a failure message shown in reports.
const MESSAGE_LINES: usize = 12;

/// The names of the tests in a test binary, in order.
pub fn list(executable: &Path) -> Result<Vec<String>, String> {
    let output = Command::new(executable)
        .args(["--list", "--format", "terse"])
        .stdin(Stdio::null())
        .output()
        .map_err(|err| format!("could not run {}: {err}", executable.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} --list failed: {}",
            executable.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .map(str::to_owned)
        .collect())
}

/// Runs every test in `names`, `jobs` at a time, calling `on_done` as each
/// ends. Results come back in the order of `names`.
pub fn run_all(
    plan: &Plan,
    names: &[String],
    jobs: usize,
    on_done: &(dyn Fn(&TestResult) + Sync),
) -> Vec<TestResult> {
    let next = Mutex::new(0usize);
    let results = Mutex::new(vec![None; names.len()]);
    thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, names.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let index = {
                        let mut next = next.lock().expect("runner lock");
                        let index = *next;
                        *next += 1;
                        index
                    };
                    let Some(name) = names.get(index) else { break };
                    let result = run_one(plan, name);
                    on_done(&result);
                    results.lock().expect("runner lock")[index] = Some(result);
                }
            });
        }
    });
    results
        .into_inner()
        .expect("runner lock")
        .into_iter()
        .map(|r| r.expect("every test ran"))
        .collect()
}

/// Runs the test `name` alone in its own process.
///
/// The verdict comes from the test's private channel ([`graded::RESULT_ENV`]):
/// a fresh secret goes to the process's standard input, and only a line that
/// carries it back in the result file is a pass. What the process printed is
/// shown, never believed.
pub fn run_one(plan: &Plan, name: &str) -> TestResult {
    let started = Instant::now();
    let (status, notes) = match execute(plan, name) {
        Ok(ran) => {
            let mut notes = ran.notes;
            let status = judge(name, &ran.outcome, plan.limit, ran.reported);
            if let Status::Failed(message) = &status
                && message.starts_with(FORGED)
            {
                notes.push(format!("`{name}` printed a forged test result"));
            }
            (status, notes)
        }
        Err(err) => (
            Status::Failed(format!("could not run the test: {err}")),
            Vec::new(),
        ),
    };
    TestResult {
        name: name.to_owned(),
        status,
        elapsed: started.elapsed(),
        notes,
    }
}

/// What running one test process gave.
struct Ran {
    outcome: Outcome,
    /// Whether the private channel carried this run's pass.
    reported: bool,
    notes: Vec<String>,
}

fn execute(plan: &Plan, name: &str) -> Result<Ran, String> {
    let results = ResultDir::new()?;
    let secret = secret()?;
    let args: Vec<String> = [
        "--exact",
        name,
        "--include-ignored",
        "--color",
        "never",
        "--test-threads",
        "1",
    ]
    .map(str::to_owned)
    .into();
    let mut env: Vec<(String, String)> = vec![
        (
            graded::LIMIT_ENV.to_owned(),
            plan.limit.as_millis().to_string(),
        ),
        ("RUST_BACKTRACE".to_owned(), "0".to_owned()),
    ];
    env.extend(plan.env.iter().cloned());
    let limit = plan.limit + GRACE;
    let (outcome, notes) = match &plan.jail {
        Some(jail) => {
            let mut run = jail.test(&plan.executable, &args, &env, &results.dir)?;
            let mut outcome = run_with_input(run.take_command(), Some(secret.as_bytes()), limit);
            let notes = run.finish(&mut outcome);
            (outcome, notes)
        }
        None => {
            let mut cmd = match plan.wrapper.split_first() {
                Some((program, rest)) => {
                    let mut cmd = Command::new(program);
                    cmd.args(rest).arg(&plan.executable);
                    cmd
                }
                None => Command::new(&plan.executable),
            };
            cmd.args(&args)
                .envs(env.iter().map(|(k, v)| (k, v)))
                .env(graded::RESULT_ENV, results.file());
            if let Some(dir) = plan.executable.parent() {
                cmd.current_dir(dir);
            }
            (
                run_with_input(cmd, Some(secret.as_bytes()), limit),
                Vec::new(),
            )
        }
    };
    let expected = format!("{} {} ", secret.trim(), graded::PASSED);
    let reported = std::fs::read_to_string(results.file())
        .is_ok_and(|text| text.lines().any(|line| line.starts_with(&expected)));
    Ok(Ran {
        outcome,
        reported,
        notes,
    })
}

/// A fresh directory holding one test's result file; removed when dropped.
struct ResultDir {
    dir: PathBuf,
}

impl ResultDir {
    fn new() -> Result<ResultDir, String> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "cargo-course-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(dir.join(RESULT_FILE), ""))
            .map_err(|err| format!("could not make {}: {err}", dir.display()))?;
        Ok(ResultDir { dir })
    }

    fn file(&self) -> PathBuf {
        self.dir.join(RESULT_FILE)
    }
}

impl Drop for ResultDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The name of the result file in its directory.
pub const RESULT_FILE: &str = "result";

/// A fresh secret for one test run: 128 random bits, in hex, and a newline.
fn secret() -> Result<String, String> {
    use std::io::Read;
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut random| random.read_exact(&mut bytes))
        .map_err(|err| format!("could not read /dev/urandom for a secret: {err}"))?;
    let mut text: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    text.push('\n');
    Ok(text)
}

/// The first words of the failure of a test whose output claims a pass that
/// its private channel never carried.
const FORGED: &str = "forged test output";

/// Reads a test process's end as passed, failed or timed out; `reported`
/// says whether the private channel carried this run's pass.
fn judge(name: &str, outcome: &Outcome, limit: Duration, reported: bool) -> Status {
    let (success, code, signal, stdout, stderr) = match outcome {
        Outcome::TimedOut(_) => return Status::TimedOut(Timeout::after(limit)),
        Outcome::NotStarted(err) => {
            return Status::Failed(format!("could not run the test: {err}"));
        }
        Outcome::Exited {
            success,
            code,
            signal,
            stdout,
            stderr,
        } => (*success, *code, *signal, stdout, stderr),
    };
    if stdout.contains(graded::TIMEOUT_MARKER) || stderr.contains(graded::TIMEOUT_MARKER) {
        return Status::TimedOut(Timeout {
            limit,
            report: watchdog_report(stdout)
                .unwrap_or_else(|| watchdog_report(stderr).unwrap_or_default()),
        });
    }
    let printed_pass = stdout.contains(&format!("test {name} ... ok"))
        || stdout.contains("test result: ok. 1 passed");
    // A shell in the sandbox reports a signal as 128 + its number.
    let signal = signal.or(code.filter(|c| (129..160).contains(c)).map(|c| c - 128));
    if success && reported {
        Status::Passed
    } else if printed_pass && !reported && !stdout.contains("test result: FAILED") {
        Status::Failed(format!(
            "{FORGED}: the output says `{name}` passed, but the test never reported a pass \
             on its private channel (only the harness can; printing libtest's lines is not \
             passing)"
        ))
    } else if stdout.contains("test result: FAILED") {
        Status::Failed(failure_message(name, stdout))
    } else if stdout.contains("running 0 tests") {
        Status::Failed(format!("no test named `{name}` in this binary"))
    } else if let Some(signal) = signal {
        Status::Failed(format!(
            "the test process was killed by signal {signal} (a crash: stack overflow, abort, …)\n{}",
            tail(stderr)
        ))
    } else {
        Status::Failed(format!(
            "the test process exited (code {}) before the test reported a result; \
             code that calls `std::process::exit` cannot pass a graded test\n{}",
            code.unwrap_or(-1),
            tail(stderr)
        ))
    }
}

/// The watchdog's account of a time-out in a test's output: the lines after
/// its first one (which names the test and the limit, already said), up to
/// its closing advice.
fn watchdog_report(output: &str) -> Option<String> {
    let start = output.find(graded::TIMEOUT_MARKER)?;
    let lines: Vec<&str> = output[start..]
        .lines()
        .skip(1)
        .take_while(|line| {
            !line.starts_with("Look for a wait")
                && !line.starts_with("failures:")
                && !line.starts_with("test result:")
        })
        .map(str::trim_end)
        .filter(|line| !line.is_empty())
        .take(2 * MESSAGE_LINES)
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// The panic message libtest printed for `name`, trimmed.
fn failure_message(name: &str, stdout: &str) -> String {
    let header = format!("---- {name} stdout ----");
    let Some(start) = stdout.find(&header) else {
        return "the test failed (no message)".to_owned();
    };
    let body = &stdout[start + header.len()..];
    let end = body.find("\nfailures:").unwrap_or(body.len());
    let lines: Vec<&str> = body[..end]
        .lines()
        .map(str::trim_end)
        .filter(|line| !line.is_empty() && !line.starts_with("note: run with `RUST_BACKTRACE"))
        .collect();
    let mut message = lines
        .iter()
        .take(MESSAGE_LINES)
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    if lines.len() > MESSAGE_LINES {
        message.push_str("\n…");
    }
    if message.is_empty() {
        "the test failed (no message)".to_owned()
    } else {
        message
    }
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(5)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ended(code: i32, stdout: &str) -> Outcome {
        Outcome::Exited {
            success: code == 0,
            code: Some(code),
            signal: None,
            stdout: stdout.to_owned(),
            stderr: String::new(),
        }
    }

    const LIMIT: Duration = Duration::from_secs(3);

    #[test]
    fn a_reported_pass_passes() {
        let out = "running 1 test\ntest t ... ok\n\ntest result: ok. 1 passed; 0 failed;";
        assert_eq!(judge("t", &ended(0, out), LIMIT, true), Status::Passed);
    }

    #[test]
    fn a_printed_pass_without_the_channel_is_forged() {
        let out = "running 1 test\ntest t ... ok\n\ntest result: ok. 1 passed; 0 failed;";
        let status = judge("t", &ended(0, out), LIMIT, false);
        assert!(status.message().starts_with(FORGED), "{status:?}");
    }

    #[test]
    fn exit_zero_without_a_report_fails() {
        let status = judge("t", &ended(0, "running 1 test\n"), LIMIT, false);
        assert!(status.message().contains("process::exit"), "{status:?}");
    }

    #[test]
    fn a_panic_message_is_extracted() {
        let out = "running 1 test\ntest t ... FAILED\n\nfailures:\n\n---- t stdout ----\n\n\
                   thread 't' panicked at tests/a.rs:3:5:\nnot yet implemented\n\
                   note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n\n\
                   failures:\n    t\n\ntest result: FAILED. 0 passed; 1 failed;";
        let status = judge("t", &ended(101, out), LIMIT, false);
        assert_eq!(
            status,
            Status::Failed("thread 't' panicked at tests/a.rs:3:5:\nnot yet implemented".into())
        );
    }

    #[test]
    fn the_watchdog_marker_means_timed_out() {
        let out = format!(
            "---- t stdout ----\n{}: `t`\ntest result: FAILED.",
            graded::TIMEOUT_MARKER
        );
        assert_eq!(
            judge("t", &ended(101, &out), LIMIT, false),
            Status::TimedOut(Timeout::after(LIMIT))
        );
    }

    #[test]
    fn the_watchdogs_report_is_kept() {
        let out = format!(
            "---- t stdout ----\n{}: `t` did not finish within 3s: it may have deadlocked.\n\
             Still running when the time was up:\n  - the test's thread `t`, blocked in recv\n\
             \x20     at exercises/e-2/src/lib.rs:3:8  (e_2::answer)\n\
             Look for a wait that can never end: …\n\nfailures:\n    t\n",
            graded::TIMEOUT_MARKER
        );
        let status = judge("t", &ended(101, &out), LIMIT, false);
        let message = status.message();
        assert!(message.starts_with("did not finish within 3s"), "{message}");
        assert!(
            message.ends_with("at exercises/e-2/src/lib.rs:3:8  (e_2::answer)"),
            "{message}"
        );
        assert!(!message.contains("Look for a wait"), "{message}");
    }

    #[test]
    fn a_killed_process_timed_out() {
        let killed = Outcome::TimedOut(LIMIT + GRACE);
        assert_eq!(
            judge("t", &killed, LIMIT, false),
            Status::TimedOut(Timeout::after(LIMIT))
        );
    }
}
