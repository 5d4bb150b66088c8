//! Invariant 8: every Go original has its Rust port, is gofmt-clean, vets,
//! runs, and prints what its port prints (where `go` is installed).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Report;
use crate::process::Outcome;
use crate::{golang, ui};

/// Checks every Go program, comparing its output with its port's.
pub fn check(
    root: &Path,
    outputs: &BTreeMap<(PathBuf, String), Outcome>,
    book_outputs: &mut super::outputs::Outputs,
    report: &mut Report,
) {
    let programs = golang::programs(root);
    // Every Go original has its port, whether or not Go is installed.
    for program in &programs {
        let dir = root.join("crates").join(&program.topic);
        let has_port = dir
            .join("examples")
            .join(format!("{}.rs", program.name))
            .is_file();
        report.check(
            &format!(
                "{}/go/{}: has its Rust port examples/{}.rs",
                program.topic, program.name, program.name
            ),
            &if has_port {
                vec![]
            } else {
                vec![format!(
                    "write crates/{}/examples/{}.rs",
                    program.topic, program.name
                )]
            },
        );
    }
    let Some(version) = golang::version() else {
        report.skip(&format!(
            "the Go side ({} programs): `go` is not on PATH. Install Go (Debian: apt-get install golang-go) to run the originals",
            programs.len()
        ));
        return;
    };
    println!("  {}", ui::dim(&version));
    // The benchmark's Go worker, a module of several files that
    // `cargo course bench` builds and runs (.ci/run runs it).
    let bench = root.join("crates/bench/go");
    if bench.join("go.mod").is_file() {
        report.status("gofmt and go vet crates/bench/go…");
        report.check(
            "bench/go (the benchmark's Go worker): gofmt and vet",
            &golang::lint_in(&bench, "."),
        );
    }
    for program in &programs {
        let what = format!("{}/go/{}", program.topic, program.name);
        report.status(&format!("go vet and go run {what}…"));
        let mut problems = golang::lint(program);
        let outcome = golang::run(program);
        book_outputs.add_go(&program.name, &outcome);
        match outcome.success_stdout() {
            None => problems.push(format!("go run: {}", outcome.describe())),
            Some(go_out) if program.not_compared().is_none() => {
                let dir = root.join("crates").join(&program.topic);
                if let Some(rust) = outputs
                    .get(&(dir, program.name.clone()))
                    .and_then(Outcome::success_stdout)
                    && rust != go_out
                {
                    problems.push(format!(
                        "prints differently from its Rust port:\n{}",
                        first_difference(go_out, rust)
                    ));
                }
            }
            Some(_) => {}
        }
        let note = match program.not_compared() {
            Some(why) => format!("gofmt, vet and run ({why})"),
            None => "gofmt, vet, run, same output as the Rust port".to_owned(),
        };
        report.check(&format!("{what}: {note}"), &problems);
    }
}

/// The first line where two outputs differ, for a readable report.
fn first_difference(go: &str, rust: &str) -> String {
    let go_lines: Vec<&str> = go.lines().collect();
    let rust_lines: Vec<&str> = rust.lines().collect();
    let line = (0..go_lines.len().max(rust_lines.len()))
        .find(|&i| go_lines.get(i) != rust_lines.get(i))
        .unwrap_or(0);
    format!(
        "line {}:\n  go:   {}\n  rust: {}",
        line + 1,
        go_lines.get(line).copied().unwrap_or("(no line)"),
        rust_lines.get(line).copied().unwrap_or("(no line)")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_differing_line_is_shown() {
        let diff = first_difference("a\nb\nc\n", "a\nB\nc\n");
        assert_eq!(diff, "line 2:\n  go:   b\n  rust: B");
    }
}
