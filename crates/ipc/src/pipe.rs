//! Anonymous pipe: a one-way byte stream between a parent and the child it
//! starts. For: feeding a child's stdin, reading its stdout (shell `|`).

use std::io::{self, Read};
use std::process::Command;

// ANCHOR: pipe
/// Starts `echo message` with its stdout on a pipe, and reads what it wrote.
pub fn echo_through_pipe(message: &str) -> io::Result<String> {
    let (mut reader, writer) = io::pipe()?;
    // The `Command` (and with it our copy of the write end) is dropped at the
    // end of this statement: only the child holds the write end now, so we
    // see end of file when it exits.
    let mut child = Command::new("echo").arg(message).stdout(writer).spawn()?;
    let mut got = String::new();
    reader.read_to_string(&mut got)?;
    child.wait()?;
    Ok(got.trim_end().to_owned())
}
// ANCHOR_END: pipe
