//! Two processes talking over anonymous pipes: the parent writes lines into
//! the child's stdin and reads the answers from its stdout (Go's
//! `cmd.StdinPipe()` and `cmd.StdoutPipe()`).
//!
//! Run the tests with `cargo test -p ipc-1`; ask for a hint with
//! `cargo course hint ipc-1`.

use std::io::{self, BufRead, Write};
use std::path::Path;

/// The child's side: answers each line of `input` with the line in capitals,
/// one answer per line, until end of input.
pub fn serve(input: impl BufRead, output: impl Write) -> io::Result<()> {
    // TODO: for each line of `input`, write its `to_uppercase()` and a
    // newline to `output`; flush at the end.
    todo!()
}

/// The parent's side: starts `program`, writes `lines` to its stdin, closes
/// it, and returns the lines the child wrote to its stdout.
///
/// Writing happens on a thread of its own while this one reads, so a long
/// conversation cannot fill both pipes and deadlock. A child that exits with
/// a failure is an error, and so is a write that failed because the child
/// stopped reading its input (a broken pipe).
pub fn ask(program: &Path, lines: &[String]) -> io::Result<Vec<String>> {
    // TODO: spawn `program` with piped stdin and stdout; write the lines
    // (each followed by "\n") from a scoped thread and close stdin; read
    // stdout to the end; `wait` for the child and turn a failed exit status
    // into an error; a failed write (the writer thread's result) is one too.
    todo!()
}
