//! The driver end to end, Rust side only: `bench --quick --no-go` runs every
//! workload (each checks its own result) and writes every report.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn out_dir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// `bench ARGS --out OUT`, its output captured.
fn bench(args: &[&str], out: &Path) -> Output {
    bench_with(args, out, |cmd| cmd)
}

/// [`bench`], with `setup` applied to the command first.
fn bench_with(
    args: &[&str],
    out: &Path,
    setup: impl FnOnce(&mut Command) -> &mut Command,
) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_bench"));
    cmd.args(args).arg("--out").arg(out);
    setup(&mut cmd).output().unwrap()
}

/// A quick run of one round, on the Rust side alone unless Go is asked for.
const QUICK: [&str; 3] = ["--quick", "--rounds", "1"];

#[test]
fn a_quick_rust_only_run_measures_every_family_and_writes_the_reports() {
    let out = out_dir("quick");
    let run = bench(&[&QUICK[..], &["--no-go"]].concat(), &out);
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{stdout}\n{stderr}");
    assert!(stderr.contains("only the Rust side runs"), "{stderr}");
    let lines = std::fs::read_to_string(out.join("results.jsonl")).unwrap();
    for family in bench::plan::FAMILIES {
        let tag = format!("\"family\":\"{}\"", family.name);
        assert!(
            lines.contains(&tag),
            "no {} results in\n{lines}",
            family.name
        );
        assert!(stdout.contains(family.title), "{stdout}");
    }
    assert!(out.join("results.md").is_file() && out.join("machine.md").is_file());
    // No Go, so no ratios and no plots.
    assert!(stdout.contains("0 with a ratio to Go"), "{stdout}");
}

#[test]
fn a_filter_runs_only_what_it_names_and_an_unknown_one_is_refused() {
    let out = out_dir("filter");
    let run = bench(
        &[&QUICK[..], &["--no-go", "--filter", "maps/mixed"]].concat(),
        &out,
    );
    assert!(run.status.success(), "{run:?}");
    let lines = std::fs::read_to_string(out.join("results.jsonl")).unwrap();
    assert_eq!(
        lines.lines().count(),
        4,
        "four maps, the mixed case:\n{lines}"
    );
    assert!(
        lines.lines().all(|l| l.contains("\"case\":\"mixed\"")),
        "{lines}"
    );

    // Without `go` on PATH the Rust side runs alone, and it says so.
    let run = bench_with(&[&QUICK[..], &["--filter", "once"]].concat(), &out, |cmd| {
        cmd.env("PATH", "/nonexistent")
    });
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{run:?}");
    assert!(
        stderr.contains("Go is not installed")
            && stderr.contains("the Go side and the ratios are skipped"),
        "{stderr}"
    );

    // A filter that matches no case says so, and what cases are called.
    let run = bench(
        &[&QUICK[..], &["--no-go", "--filter", "no-such-case"]].concat(),
        &out,
    );
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(!run.status.success());
    assert!(stderr.contains("matches no case"), "{stderr}");

    let worker = Command::new(env!("CARGO_BIN_EXE_bench"))
        .args(["worker", "no-such-family", "10"])
        .output()
        .unwrap();
    assert_eq!(worker.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&worker.stderr).contains("no family"));
}

#[test]
fn reports_come_back_from_saved_json_lines() {
    let out = out_dir("from");
    std::fs::create_dir_all(&out).unwrap();
    let saved = out.join("saved.jsonl");
    std::fs::write(
        &saved,
        concat!(
            r#"{"side":"go","family":"once","case":"once hot path","impl":"sync.Once","unit":"ns/op","ops":10,"samples":[2.0,2.2]}"#,
            "\n",
            r#"{"side":"rust","family":"once","case":"once hot path","impl":"std Once","unit":"ns/op","ops":10,"samples":[1.0,1.1]}"#,
            "\n"
        ),
    )
    .unwrap();
    let run = bench(&["--from", saved.to_str().unwrap()], &out);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{run:?}");
    assert!(stdout.contains("0.50×"), "{stdout}");
    assert!(out.join("once.svg").is_file());

    std::fs::write(&saved, "not json\n").unwrap();
    let run = bench(&["--from", saved.to_str().unwrap()], &out);
    assert!(!run.status.success());
    assert!(String::from_utf8_lossy(&run.stderr).contains("line 1: not a result"));
}
