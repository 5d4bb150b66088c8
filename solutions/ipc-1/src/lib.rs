//! Two processes talking over anonymous pipes: the parent writes lines into
//! the child's stdin and reads the answers from its stdout (Go's
//! `cmd.StdinPipe()` and `cmd.StdoutPipe()`).
//!
//! Run the tests with `cargo test -p ipc-1`; ask for a hint with
//! `cargo course hint ipc-1`.

use std::io::{self, BufRead, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// The child's side: answers each line of `input` with the line in capitals,
/// one answer per line, until end of input.
pub fn serve(input: impl BufRead, mut output: impl Write) -> io::Result<()> {
    for line in input.lines() {
        writeln!(output, "{}", line?.to_uppercase())?;
    }
    output.flush()
}

/// The parent's side: starts `program`, writes `lines` to its stdin, closes
/// it, and returns the lines the child wrote to its stdout.
///
/// Writing happens on a thread of its own while this one reads, so a long
/// conversation cannot fill both pipes and deadlock. A child that exits with
/// a failure is an error, and so is a write that failed because the child
/// stopped reading its input (a broken pipe).
pub fn ask(program: &Path, lines: &[String]) -> io::Result<Vec<String>> {
    let mut child = Command::new(program)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
    let answers = std::thread::scope(|scope| {
        // Dropping stdin at the end of the writer closes the pipe: the child
        // then reads end of file and finishes.
        let writer = scope.spawn(move || stdin.write_all(text.as_bytes()));
        let mut answers = String::new();
        let read = stdout.read_to_string(&mut answers);
        let written = writer.join().expect("the writer does not panic");
        // A child that stops reading early breaks the pipe: its exit status
        // says more than the write error.
        read.map(|_| (answers, written))
    })?;
    let status = child.wait()?;
    if !status.success() {
        return Err(io::Error::other(format!(
            "{} failed: {status}",
            program.display()
        )));
    }
    answers.1?;
    Ok(answers.0.lines().map(str::to_owned).collect())
}
