//! Running a program to its end, or killing it when its time is up.

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// How a program ended.
#[derive(Debug)]
pub enum Outcome {
    Exited {
        success: bool,
        code: Option<i32>,
        /// The signal that ended it, if one did.
        signal: Option<i32>,
        stdout: String,
        stderr: String,
    },
    /// Killed after its limit.
    TimedOut(Duration),
    /// Could not be started at all.
    NotStarted(String),
}

impl Outcome {
    /// The program's output, when it ran to a successful end.
    pub fn success_stdout(&self) -> Option<&str> {
        match self {
            Outcome::Exited {
                success: true,
                stdout,
                ..
            } => Some(stdout),
            _ => None,
        }
    }

    /// What happened, in a sentence and the tail of stderr.
    pub fn describe(&self) -> String {
        match self {
            Outcome::Exited { success: true, .. } => "ran".to_owned(),
            Outcome::Exited { code, stderr, .. } => {
                let tail: Vec<&str> = stderr.lines().rev().take(8).collect();
                let tail: Vec<&str> = tail.into_iter().rev().collect();
                format!(
                    "exited with code {}\n{}",
                    code.map_or("(killed by a signal)".to_owned(), |c| c.to_string()),
                    tail.join("\n")
                )
            }
            Outcome::TimedOut(limit) => format!(
                "still running after {}: killed (a deadlock, or a program that never ends?)",
                crate::ui::duration(*limit)
            ),
            Outcome::NotStarted(err) => format!("could not start: {err}"),
        }
    }
}

/// Runs `cmd` with no input, collecting its output, killing its whole
/// process group once `limit` has passed.
pub fn run_with_limit(cmd: Command, limit: Duration) -> Outcome {
    run_with_input(cmd, None, limit)
}

/// [`run_with_limit`], with `input` written to the program's standard input
/// (which is then closed) when given.
pub fn run_with_input(mut cmd: Command, input: Option<&[u8]>, limit: Duration) -> Outcome {
    cmd.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .process_group(0);
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(err) => return Outcome::NotStarted(err.to_string()),
    };
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        use std::io::Write;
        // A program that never reads its input gets it all the same: a pipe
        // holds far more than the few bytes written here.
        let _ = stdin.write_all(input);
    }
    let stdout = read_all(child.stdout.take().expect("piped"));
    let stderr = read_all(child.stderr.take().expect("piped"));
    let deadline = Instant::now() + limit;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => thread::sleep(Duration::from_millis(10)),
            _ => break None,
        }
    };
    kill_group(child.id());
    let _ = child.wait();
    // A process that left the group (setsid) may hold the pipes open for
    // ever: what was read by then is all there is.
    let stdout = stdout.recv_timeout(PIPE_GRACE).unwrap_or_default();
    let stderr = stderr.recv_timeout(PIPE_GRACE).unwrap_or_default();
    match status {
        Some(status) => Outcome::Exited {
            success: status.success(),
            code: status.code(),
            signal: status.signal(),
            stdout,
            stderr,
        },
        None => Outcome::TimedOut(limit),
    }
}

/// Sends SIGKILL to the process group `pid` leads.
///
/// Through kill(1) rather than a libc call: the tool stays free of `unsafe`,
/// and a group that has already ended is not an error worth reporting.
pub fn kill_group(pid: u32) {
    let _ = Command::new("kill")
        .args(["-s", "KILL", "--", &format!("-{pid}")])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// Sends SIGKILL to the process `pid` (through kill(1), as [`kill_group`]).
pub fn kill(pid: u32) {
    let _ = Command::new("kill")
        .args(["-s", "KILL", "--", &pid.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
}

/// The most output kept from one program: a test that prints without end
/// must not fill the tool's memory.
const KEEP_OUTPUT: usize = 256 * 1024;

/// How long the output of a program that has ended may take to reach its
/// end of file.
const PIPE_GRACE: Duration = Duration::from_secs(2);

/// Reads `pipe` to its end on a thread of its own; the text arrives on the
/// returned channel.
fn read_all(mut pipe: impl Read + Send + 'static) -> std::sync::mpsc::Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        // Read to the end even past the limit, so the writer never blocks.
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = KEEP_OUTPUT.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
        }
        let _ = tx.send(String::from_utf8_lossy(&kept).into_owned());
    });
    rx
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_of_a_finished_program_is_kept() {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "echo out; echo err >&2"]);
        let outcome = run_with_limit(cmd, Duration::from_secs(10));
        assert_eq!(outcome.success_stdout(), Some("out\n"));
    }

    #[test]
    fn a_program_that_never_ends_is_killed_with_its_children() {
        let mut cmd = Command::new("sh");
        // The child `sleep` keeps the pipes open: only a group kill ends it.
        cmd.args(["-c", "sleep 30 & sleep 30"]);
        let started = Instant::now();
        let outcome = run_with_limit(cmd, Duration::from_millis(200));
        assert!(matches!(outcome, Outcome::TimedOut(_)), "{outcome:?}");
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn input_reaches_the_program_and_ends() {
        let mut cmd = Command::new("cat");
        cmd.arg("-");
        let outcome = run_with_input(cmd, Some(b"secret"), Duration::from_secs(10));
        assert_eq!(outcome.success_stdout(), Some("secret"));
    }

    #[test]
    fn a_detached_child_holding_the_output_does_not_hold_the_caller() {
        let mut cmd = Command::new("sh");
        // setsid leaves the group: the kill does not reach it, and it keeps
        // stdout open for 5 s.
        cmd.args(["-c", "setsid sleep 5 & echo started"]);
        let started = Instant::now();
        let outcome = run_with_limit(cmd, Duration::from_secs(10));
        assert!(
            started.elapsed() < Duration::from_secs(8),
            "waited {:?} for a pipe a detached child held",
            started.elapsed()
        );
        assert!(matches!(outcome, Outcome::Exited { .. }), "{outcome:?}");
    }
}
