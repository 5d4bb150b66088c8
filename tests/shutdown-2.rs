//! Graded tests for shutdown-2: the program is started as a real child
//! process and sent a real SIGTERM or SIGINT (with the `kill` command). It
//! must stop accepting, answer every accepted job as done or abandoned, keep
//! to its grace period, and exit by itself with success. Every read from the
//! child is bounded, so a program that hangs fails with a message.
//!
//! (No `leakcheck` here: the work happens in another process, and the tests
//! check that it exits, which ends all of its threads.)

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// The program under test: the exercise's bin `shutdown-2`, or the
/// solution's `shutdown-2-solution` (the same file; two names so that the two
/// executables do not overwrite each other in `target/debug`).
const PROGRAM: Option<&str> = match option_env!("CARGO_BIN_EXE_shutdown-2") {
    Some(path) => Some(path),
    None => option_env!("CARGO_BIN_EXE_shutdown-2-solution"),
};

/// A bound for every wait on the child.
const PATIENCE: Duration = Duration::from_secs(2);

struct Program {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    seen: Vec<String>,
}

impl Program {
    /// Starts the program and waits for `ready`.
    fn start(work_ms: u64, grace_ms: u64) -> Program {
        let mut child = Command::new(PROGRAM.expect("cargo names the package's program"))
            .args([work_ms.to_string(), grace_ms.to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the shutdown-2 program");
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        let mut program = Program {
            child,
            stdin,
            lines,
            seen: Vec::new(),
        };
        program.expect_line(
            "ready",
            "the program should print `ready` once its signals are registered",
        );
        program
    }

    /// The next line, or `None` at the end of the output; fails after
    /// [`PATIENCE`].
    fn next_line(&mut self, waiting_for: &str) -> Option<String> {
        match self.lines.recv_timeout(PATIENCE) {
            Ok(line) => {
                self.seen.push(line.clone());
                Some(line)
            }
            Err(RecvTimeoutError::Disconnected) => None,
            Err(RecvTimeoutError::Timeout) => {
                let _ = self.child.kill();
                panic!(
                    "no output within {PATIENCE:?} while waiting for {waiting_for}; output so far: {:?}",
                    self.seen
                )
            }
        }
    }

    fn expect_line(&mut self, wanted: &str, why: &str) {
        loop {
            match self.next_line(&format!("`{wanted}`")) {
                Some(line) if line == wanted => return,
                Some(_) => {}
                None => panic!("{why}; the output ended: {:?}", self.seen),
            }
        }
    }

    fn send_job(&mut self, id: u64) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        // A program that already stopped reading may have closed its end.
        let _ = writeln!(stdin, "job {id}").and_then(|()| stdin.flush());
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} failed");
    }

    /// Reads the rest of the output and waits for a successful exit; returns
    /// the time that took.
    fn finish(mut self) -> (Vec<String>, Duration) {
        let start = Instant::now();
        while self.next_line("the end of the output").is_some() {}
        let pid = self.child.id();
        let mut child = self.child;
        let (exited_tx, exited) = mpsc::channel();
        thread::spawn(move || {
            let _ = exited_tx.send(child.wait());
        });
        match exited.recv_timeout(PATIENCE) {
            Ok(status) => {
                let status = status.unwrap();
                assert!(
                    status.success(),
                    "the program exited with {status}; output: {:?}",
                    self.seen
                );
            }
            Err(_) => {
                let _ = Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status();
                panic!("the program did not exit within {PATIENCE:?}");
            }
        }
        (self.seen, start.elapsed())
    }
}

/// For each job id in the output: its `accepted` and final lines.
fn outcomes(lines: &[String]) -> BTreeMap<u64, Vec<&str>> {
    let mut by_job: BTreeMap<u64, Vec<&str>> = BTreeMap::new();
    for line in lines {
        if let Some((word, id)) = line.split_once(' ')
            && let (Ok(id), "accepted" | "done" | "abandoned") = (id.parse(), word)
        {
            by_job.entry(id).or_default().push(word);
        }
    }
    by_job
}

/// Runs one program: `jobs` jobs accepted, then `signal`; returns its whole
/// output and how long it took to end after the signal.
fn run_and_signal(work_ms: u64, grace_ms: u64, jobs: u64, signal: &str) -> (Vec<String>, Duration) {
    let mut program = Program::start(work_ms, grace_ms);
    for id in 0..jobs {
        program.send_job(id);
        program.expect_line(
            &format!("accepted {id}"),
            "every job sent before the signal is accepted",
        );
    }
    program.signal(signal);
    program.finish()
}

graded::tests! {
    /// SIGTERM: the program says so, finishes every accepted job, reports
    /// each as done, and exits with success, run after run.
    fn sigterm_finishes_every_accepted_job() {
        for run in 0..20 {
            let (lines, _) = run_and_signal(30, 2000, 5, "TERM");
            assert!(
                lines.contains(&"shutdown on SIGTERM".to_owned()),
                "run {run}: the program should print `shutdown on SIGTERM` on SIGTERM: {lines:?}"
            );
            let by_job = outcomes(&lines);
            assert_eq!(by_job.len(), 5, "run {run}: the 5 jobs sent should be in the output: {lines:?}");
            for (id, words) in &by_job {
                assert_eq!(
                    words,
                    &["accepted", "done"],
                    "run {run}, job {id}: each accepted job of 30 ms should be `done` once, within \
                     the grace of 2 s: {lines:?}"
                );
            }
            assert_eq!(
                lines.last().map(String::as_str),
                Some("summary accepted=5 completed=5 abandoned=0"),
                "run {run}: the summary should count 5 jobs accepted and completed: {lines:?}"
            );
        }
    }

    /// SIGINT (Ctrl-C) shuts down the same way.
    fn sigint_shuts_down_the_same_way() {
        let (lines, _) = run_and_signal(30, 2000, 2, "INT");
        assert!(
            lines.contains(&"shutdown on SIGINT".to_owned()),
            "the program should print `shutdown on SIGINT` on SIGINT: {lines:?}"
        );
        assert_eq!(
            lines.last().map(String::as_str),
            Some("summary accepted=2 completed=2 abandoned=0"),
            "on SIGINT, the jobs in flight should finish as on SIGTERM: {lines:?}"
        );
    }

    /// Once the program has announced its shutdown, a job sent to it is not
    /// accepted.
    fn no_job_is_accepted_after_the_signal() {
        let mut program = Program::start(300, 2000);
        program.send_job(1);
        program.expect_line("accepted 1", "a job sent before the signal is accepted");
        program.signal("TERM");
        program.expect_line("shutdown on SIGTERM", "the program announces its shutdown");
        program.send_job(99);
        let (lines, _) = program.finish();
        assert!(!lines.contains(&"accepted 99".to_owned()), "job 99 was sent after `shutdown on SIGTERM` but accepted: the program should stop \
             reading its input on the signal: {lines:?}");
        assert_eq!(
            lines.last().map(String::as_str),
            Some("summary accepted=1 completed=1 abandoned=0"),
            "only job 1 was accepted, and it should complete: {lines:?}"
        );
    }

    /// Jobs longer than the grace period are reported abandoned, and the
    /// program exits soon after its deadline, not when they would end.
    fn the_grace_period_bounds_the_shutdown() {
        let (lines, took) = run_and_signal(60_000, 100, 3, "TERM");
        let by_job = outcomes(&lines);
        for id in 0..3 {
            assert_eq!(
                by_job.get(&id).map(Vec::as_slice),
                Some(&["accepted", "abandoned"][..]),
                "job {id} of 60 s should be reported abandoned once the grace of 100 ms is over: {lines:?}"
            );
        }
        assert_eq!(
            lines.last().map(String::as_str),
            Some("summary accepted=3 completed=0 abandoned=3"),
            "the summary should count the 3 jobs as abandoned: {lines:?}"
        );
        assert!(took < Duration::from_millis(1500), "exit took {took:?} with a grace of 100 ms: at the deadline, the jobs still running \
             should be cancelled, not waited for");
    }

    /// When the input ends, every job finishes and the program exits, with no
    /// signal at all.
    fn the_end_of_input_finishes_every_job() {
        let mut program = Program::start(20, 2000);
        for id in 0..3 {
            program.send_job(id);
        }
        program.stdin = None; // close the input
        let (lines, _) = program.finish();
        assert!(
            !lines.iter().any(|l| l.starts_with("shutdown")),
            "with no signal, the program should not print a shutdown line: {lines:?}"
        );
        assert_eq!(
            lines.last().map(String::as_str),
            Some("summary accepted=3 completed=3 abandoned=0"),
            "at the end of the input, every job should complete: {lines:?}"
        );
    }

    /// At the end of the input there is no deadline: jobs longer than the
    /// grace period still run to the end (the grace period is for a signal).
    fn the_end_of_input_has_no_deadline() {
        let mut program = Program::start(300, 20);
        for id in 0..3 {
            program.send_job(id);
            program.expect_line(&format!("accepted {id}"), "every job sent is accepted");
        }
        program.stdin = None; // close the input
        let (lines, _) = program.finish();
        let by_job = outcomes(&lines);
        for id in 0..3 {
            assert_eq!(
                by_job.get(&id).map(Vec::as_slice),
                Some(&["accepted", "done"][..]),
                "job {id}: the input ended with no signal, so every job should run to the end \
                 (300 ms): the grace period of 20 ms is only for a shutdown on a signal: {lines:?}"
            );
        }
        assert_eq!(
            lines.last().map(String::as_str),
            Some("summary accepted=3 completed=3 abandoned=0"),
            "at the end of the input, every job should complete, however long: {lines:?}"
        );
    }

    /// The grace period is an upper bound, not a wait: once every job in
    /// flight is done, the program exits, long before its deadline.
    fn the_shutdown_ends_once_the_jobs_are_done() {
        let (lines, took) = run_and_signal(50, 1500, 3, "TERM");
        assert_eq!(
            lines.last().map(String::as_str),
            Some("summary accepted=3 completed=3 abandoned=0"),
            "the 3 jobs of 50 ms should complete within the grace of 1.5 s: {lines:?}"
        );
        assert!(
            took < Duration::from_millis(750),
            "the program took {took:?} to exit after the signal, though its jobs took 50 ms: it \
             should wait for the jobs (with the grace period as a time limit), not sleep the \
             whole grace period of 1.5 s"
        );
    }
}
