//! The Go side: every Go original is gofmt-clean, vets and runs, and prints
//! what its Rust port prints.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::process::{Outcome, run_with_limit};

/// The line that exempts a Go program from the output comparison because
/// its output changes from run to run.
pub const NONDETERMINISTIC: &str = "// output: nondeterministic";

/// The line that exempts a Go program from the output comparison because
/// its port prints something else by design (Rust's allocation counts, what
/// clippy says where Go's prints what vet says): both outputs are still
/// checked where the book shows them.
pub const NOT_COMPARED: &str = "// output: not compared";

/// How long one Go program (or its Rust port) may run.
pub const RUN_LIMIT: Duration = Duration::from_secs(20);

/// A Go program: `crates/<topic>/go/<name>/main.go`.
#[derive(Debug, Clone)]
pub struct Program {
    pub topic: String,
    pub name: String,
    pub file: PathBuf,
}

impl Program {
    /// Why the program's output is not compared with its port's, when it
    /// says so.
    pub fn not_compared(&self) -> Option<&'static str> {
        let text = fs::read_to_string(&self.file).ok()?;
        if text.contains(NONDETERMINISTIC) {
            Some("output nondeterministic")
        } else if text.contains(NOT_COMPARED) {
            Some("its port prints something else by design")
        } else {
            None
        }
    }
}

/// Every Go program of every topic crate, sorted.
pub fn programs(root: &Path) -> Vec<Program> {
    let mut found = Vec::new();
    let Ok(crates) = fs::read_dir(root.join("crates")) else {
        return found;
    };
    for topic in crates.filter_map(Result::ok) {
        let Ok(go) = fs::read_dir(topic.path().join("go")) else {
            continue;
        };
        for program in go.filter_map(Result::ok) {
            let file = program.path().join("main.go");
            if file.is_file() {
                found.push(Program {
                    topic: topic.file_name().to_string_lossy().into_owned(),
                    name: program.file_name().to_string_lossy().into_owned(),
                    file,
                });
            }
        }
    }
    found.sort_by(|a, b| (&a.topic, &a.name).cmp(&(&b.topic, &b.name)));
    found
}

/// The `go` binary's version line, or `None` when Go is not installed.
pub fn version() -> Option<String> {
    let output = Command::new("go")
        .arg("version")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// gofmt and go vet on one program; the problems, as sentences.
pub fn lint(program: &Program) -> Vec<String> {
    lint_in(program.file.parent().unwrap_or(Path::new(".")), "main.go")
}

/// gofmt and go vet of `target` (a file, or `.` for the module in `dir`),
/// run in `dir`: what each says is wrong.
pub fn lint_in(dir: &Path, target: &str) -> Vec<String> {
    let mut problems = Vec::new();
    match Command::new("gofmt")
        .arg("-l")
        .arg(target)
        .current_dir(dir)
        .output()
    {
        Ok(out) if out.status.success() && out.stdout.is_empty() => {}
        Ok(out) if out.status.success() => {
            problems.push(format!("not gofmt-clean: run `gofmt -w {target}`"));
        }
        Ok(out) => problems.push(format!(
            "gofmt failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Err(err) => problems.push(format!("could not run gofmt: {err}")),
    }
    let mut vet = Command::new("go");
    vet.args(["vet", target]).current_dir(dir);
    match run_with_limit(vet, RUN_LIMIT) {
        Outcome::Exited { success: true, .. } => {}
        other => problems.push(format!("go vet: {}", other.describe())),
    }
    problems
}

/// Runs the program with `go run`.
pub fn run(program: &Program) -> Outcome {
    let mut cmd = Command::new("go");
    cmd.args(["run", "main.go"])
        .current_dir(program.file.parent().unwrap_or(Path::new(".")));
    run_with_limit(cmd, RUN_LIMIT)
}
