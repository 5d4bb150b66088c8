//! Graded tests for ipc-1: a conversation over anonymous pipes.

use std::io::{self, Cursor, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use ipc_1::{ask, serve};

/// The child program, which calls `serve`: the stub's `ipc-1-shout` or the
/// solution's `ipc-1-shout-solution` (two names, as both share target/debug).
fn shout() -> &'static Path {
    let program = option_env!("CARGO_BIN_EXE_ipc-1-shout")
        .or(option_env!("CARGO_BIN_EXE_ipc-1-shout-solution"))
        .expect("the package defines the child program");
    Path::new(program)
}

fn lines(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

/// Runs `ask` on a thread of its own and waits for it at most 2 s, so that
/// a deadlocked conversation fails with a message that says why.
fn ask_within(program: &Path, lines: &[String]) -> io::Result<Vec<String>> {
    let (done_tx, done) = mpsc::channel();
    let (program, lines) = (program.to_owned(), lines.to_vec());
    // Joined below when it answers; left behind only if it deadlocked.
    std::thread::spawn(move || {
        let _ = done_tx.send(ask(&program, &lines));
    });
    match done.recv_timeout(Duration::from_secs(2)) {
        Ok(answer) => answer,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "`ask` did not return within 2 s: it deadlocked. Either the child never saw end of \
             file on its stdin (the parent must drop its end of the stdin pipe once it has \
             written everything: move it into the writer thread), or the parent waited for the \
             child before reading its stdout, or wrote everything before reading anything while \
             the child's answers filled the stdout pipe"
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("`ask` panicked"),
    }
}

/// An executable shell script in the temporary directory, removed on drop.
struct Script(PathBuf);

impl Script {
    fn new(name: &str, body: &str) -> Script {
        use std::os::unix::fs::PermissionsExt;
        let path = std::env::temp_dir().join(format!("ipc-1-{name}-{}", std::process::id()));
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write the test's script");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755))
            .expect("make the test's script executable");
        Script(path)
    }
}

impl Drop for Script {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A writer that keeps what it is given until it is flushed, and drops
/// what was never flushed: a buffered pipe whose last flush was forgotten.
struct Held {
    pending: Vec<u8>,
    flushed: Arc<Mutex<Vec<u8>>>,
}

impl Write for Held {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let mut flushed = self.flushed.lock().expect("nobody panics holding it");
        flushed.append(&mut self.pending);
        Ok(())
    }
}

graded::tests! {
    /// `serve` answers each line with the line in capitals, and stops at the
    /// end of its input.
    fn serve_answers_each_line_in_capitals() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let mut output = Vec::new();
        serve(Cursor::new("hello\npipes\n\nend"), &mut output)
            .expect("serving an in-memory input should not fail");
        let output = String::from_utf8(output).expect("serve writes text");
        assert_eq!(
            output, "HELLO\nPIPES\n\nEND\n",
            "serve should answer every line, empty ones too, in capitals and one per line"
        );
    }

    /// `serve` flushes its output once the input ends: what it wrote into a
    /// buffered output must not be left in the buffer.
    fn serve_flushes_its_output_at_the_end() {
        let flushed = Arc::new(Mutex::new(Vec::new()));
        let output = Held { pending: Vec::new(), flushed: Arc::clone(&flushed) };
        serve(Cursor::new("one\ntwo\n"), output)
            .expect("serving an in-memory input should not fail");
        let flushed = flushed.lock().expect("nobody panics holding it");
        assert_eq!(
            String::from_utf8_lossy(&flushed),
            "ONE\nTWO\n",
            "the answers were still in the output's buffer when serve returned: call \
             `output.flush()` at the end (a buffered stdout keeps what is not flushed)"
        );
    }

    /// `ask` starts the child, sends the lines through its stdin and reads
    /// the answers from its stdout.
    fn ask_talks_to_a_child_over_pipes() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let answers = ask_within(shout(), &lines(&["hello", "from", "the parent"]))
            .expect("asking the shout child should succeed");
        assert_eq!(
            answers,
            ["HELLO", "FROM", "THE PARENT"],
            "ask should return one answer per line, without newlines (`.lines()`, not \
             `.split('\\n')`, which leaves an empty string after the last newline)"
        );
        let answers = ask_within(shout(), &[]).expect("asking with no lines should succeed");
        assert!(answers.is_empty(), "no lines should give no answers, got {answers:?}");
    }

    /// 20 000 lines are more than both pipes hold: writing them all before
    /// reading would deadlock, with each process waiting for the other.
    fn a_long_conversation_does_not_deadlock_on_full_pipes() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let many: Vec<String> = (0..20_000).map(|i| format!("line number {i}")).collect();
        let answers = ask_within(shout(), &many).expect("a long conversation should succeed");
        assert_eq!(answers.len(), many.len(), "every one of the 20 000 lines should be answered");
        assert_eq!(answers[19_999], "LINE NUMBER 19999", "the last answer should be the last line's");
    }

    /// A child that exits with a failure is reported as an error, naming
    /// the program, even when it read all its input and answered first.
    fn a_failing_child_is_an_error() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let error = ask_within(Path::new("false"), &lines(&["anyone?"]))
            .expect_err("`false` exits with a failure: ask should be an error");
        assert!(
            error.to_string().contains("false"),
            "the error should name the program that failed: {error}"
        );
        let failing = Script::new("fails", "cat\nexit 3");
        let outcome = ask_within(&failing.0, &lines(&["answered", "then failed"]));
        let error = outcome.expect_err(
            "a child that answered and then exited with status 3 should be an error: check \
             `child.wait()?.success()`",
        );
        assert!(
            error.to_string().contains(&*failing.0.to_string_lossy()),
            "the error should name the program that failed: {error}"
        );
        assert!(
            ask_within(Path::new("/no/such/program"), &[]).is_err(),
            "a program that does not exist should be an error"
        );
    }

    /// A child that exits successfully without reading its input leaves the
    /// parent's writes failing on a broken pipe: that is an error too, not
    /// an empty answer.
    fn a_child_that_stops_reading_is_an_error() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let many: Vec<String> = (0..20_000).map(|i| format!("line number {i}")).collect();
        let outcome = ask_within(Path::new("true"), &many);
        assert!(
            outcome.is_err(),
            "`true` read none of the 20 000 lines, yet ask gave {:?}: the writer's error \
             (a broken pipe) must not be dropped",
            outcome.map(|answers| answers.len())
        );
    }
}
