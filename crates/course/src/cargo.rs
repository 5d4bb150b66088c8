//! Building with cargo, and reading what it built from its JSON messages.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;

/// One compiled target that can be run: a test binary or an example.
#[derive(Debug, Clone)]
pub struct Executable {
    /// The directory of the package's `Cargo.toml`.
    pub package_dir: PathBuf,
    /// The target's name (`channels-1` for a graded test, the example's name…).
    pub target: String,
    /// `test` for an integration test, `lib` for unit tests, `example`…
    pub kind: String,
    /// Whether it is a test harness (unit or integration tests), as opposed
    /// to a program (an example or a `[[bin]]`).
    pub harness: bool,
    pub path: PathBuf,
}

/// What one build produced.
#[derive(Debug, Default)]
pub struct Build {
    pub executables: Vec<Executable>,
    /// The rendered compiler errors, by package directory.
    pub errors: BTreeMap<PathBuf, Vec<String>>,
    /// Whether cargo itself reported success.
    pub success: bool,
    /// What cargo said on stderr when it failed without compiler errors
    /// (a broken manifest, a missing package…).
    pub cargo_stderr: String,
    /// Whether the build was stopped at its time limit ([`build_within`]).
    pub timed_out: bool,
}

impl Build {
    /// The executable of `kind` and `target` built for the package at `dir`.
    pub fn find(&self, dir: &Path, kind: &str, target: &str) -> Option<&Executable> {
        self.executables
            .iter()
            .find(|e| e.package_dir == dir && e.kind == kind && e.target == target)
    }
}

#[derive(Deserialize)]
struct Message {
    reason: String,
    manifest_path: Option<PathBuf>,
    target: Option<Target>,
    profile: Option<Profile>,
    executable: Option<PathBuf>,
    message: Option<Diagnostic>,
}

#[derive(Deserialize)]
struct Profile {
    test: bool,
}

#[derive(Deserialize)]
struct Target {
    name: String,
    kind: Vec<String>,
}

#[derive(Deserialize)]
struct Diagnostic {
    level: String,
    rendered: Option<String>,
}

/// A cargo invocation at the course root, with the environment the course
/// tool wants for every build.
pub fn command(root: &Path, subcommand: &str) -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root).arg(subcommand);
    // `cargo course` runs inside `cargo run`: do not let that run's settings
    // leak into the builds it starts.
    for var in [
        "CARGO_PRIMARY_PACKAGE",
        "CARGO_MANIFEST_DIR",
        "CARGO_PKG_NAME",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// A cargo build (`test`, `build`, `clippy`…) at the course root that
/// reports in JSON, for [`build`]; add the other arguments after it.
pub fn build_command(root: &Path, subcommand: &str) -> Command {
    let mut cmd = command(root, subcommand);
    // Plain rendered diagnostics: they go into reports and files, not only
    // onto a terminal.
    cmd.arg("--message-format=json")
        .env("CARGO_TERM_COLOR", "never");
    cmd
}

/// Runs `cmd` (from [`build_command`]) and collects the executables it
/// built and the errors it reported.
///
/// `on_line` sees each compiled unit's name as cargo finishes it, for a
/// progress line.
pub fn build(cmd: Command, on_line: impl FnMut(&str)) -> std::io::Result<Build> {
    build_inner(cmd, None, on_line)
}

/// [`build`], with the whole process group of the build killed once `limit`
/// has passed (a `const` that is evaluated for ever, a build that hangs);
/// the build then reports `timed_out`, and what it finished before.
pub fn build_within(
    cmd: Command,
    limit: std::time::Duration,
    on_line: impl FnMut(&str),
) -> std::io::Result<Build> {
    build_inner(cmd, Some(limit), on_line)
}

fn build_inner(
    mut cmd: Command,
    limit: Option<std::time::Duration>,
    mut on_line: impl FnMut(&str),
) -> std::io::Result<Build> {
    use std::os::unix::process::CommandExt;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, mpsc};
    cmd.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null());
    if limit.is_some() {
        cmd.process_group(0);
    }
    let mut child = cmd.spawn()?;
    let (done, finished) = mpsc::channel::<()>();
    let stopped = Arc::new(AtomicBool::new(false));
    let watchdog = limit.map(|limit| {
        let pid = child.id();
        let stopped = Arc::clone(&stopped);
        std::thread::spawn(move || {
            if let Err(mpsc::RecvTimeoutError::Timeout) = finished.recv_timeout(limit) {
                stopped.store(true, Ordering::SeqCst);
                crate::process::kill_group(pid);
            }
        })
    });
    let stderr = child.stderr.take().expect("piped");
    let stderr_reader = std::thread::spawn(move || {
        let mut text = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            text.push_str(&line);
            text.push('\n');
        }
        text
    });
    let mut build = Build::default();
    let stdout = child.stdout.take().expect("piped");
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        let Ok(message) = serde_json::from_str::<Message>(&line) else {
            continue;
        };
        let Some(manifest) = message.manifest_path else {
            continue;
        };
        let dir = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
        match message.reason.as_str() {
            "compiler-artifact" => {
                let Some(target) = message.target else {
                    continue;
                };
                on_line(&target.name);
                if let Some(path) = message.executable {
                    build.executables.push(Executable {
                        package_dir: dir,
                        target: target.name,
                        kind: target.kind.first().cloned().unwrap_or_default(),
                        harness: message.profile.is_some_and(|p| p.test),
                        path,
                    });
                }
            }
            "compiler-message" => {
                if let Some(diag) = message.message
                    && diag.level == "error"
                    && let Some(rendered) = diag.rendered
                {
                    // A lib and its test target report the same error twice.
                    let errors = build.errors.entry(dir).or_default();
                    if !errors.contains(&rendered) {
                        errors.push(rendered);
                    }
                }
            }
            _ => {}
        }
    }
    let status = child.wait()?;
    drop(done);
    if let Some(watchdog) = watchdog {
        let _ = watchdog.join();
    }
    build.timed_out = stopped.load(Ordering::SeqCst);
    build.success = status.success() && !build.timed_out;
    let stderr = stderr_reader.join().unwrap_or_default();
    if !build.success && build.errors.is_empty() {
        build.cargo_stderr = stderr;
    }
    Ok(build)
}

/// The first `count` compiler errors, joined, for a short report.
pub fn first_errors(errors: &[String], count: usize) -> String {
    let mut text: String = errors
        .iter()
        .take(count)
        .map(|e| e.trim_end())
        .collect::<Vec<_>>()
        .join("\n\n");
    if errors.len() > count {
        text.push_str(&format!("\n\n… and {} more errors", errors.len() - count));
    }
    text
}
