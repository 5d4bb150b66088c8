//! A counter service over a Unix domain socket: one process serves, others
//! ask. Go's `net.Listen("unix", path)` and `net.Dial("unix", path)`.
//!
//! The protocol is one request per connection: the client writes one line
//! and shuts down its write half; the server answers with one line.
//!
//! | request | answer |
//! | --- | --- |
//! | `incr NAME` | the counter `NAME` plus one, after adding it |
//! | `get NAME` | the counter `NAME` (0 if never incremented) |
//! | anything else | `error: unknown request` |
//!
//! Run the tests with `cargo test -p ipc-2`; ask for a hint with
//! `cargo course hint ipc-2`.

use std::io;
use std::path::Path;

/// Listens on `path` (replacing a stale socket file there), calls `ready`
/// once it accepts connections, serves `connections` connections one after
/// another, and removes the socket file before returning, even on error.
pub fn serve_at(path: &Path, connections: usize, ready: impl FnOnce()) -> io::Result<()> {
    // TODO: remove a stale file at `path`, bind a
    // `std::os::unix::net::UnixListener`, make sure the file is removed
    // however this function returns (a guard with `Drop`), call `ready()`,
    // then accept `connections` connections: read one line, answer it
    // following the protocol above, one line back.
    todo!()
}

/// Connects to the server at `path`, sends `line`, and returns its answer
/// without the newline.
pub fn request(path: &Path, line: &str) -> io::Result<String> {
    // TODO: `UnixStream::connect`, write the line and a newline, shut down
    // the write half, read the answer to the end and trim the newline.
    todo!()
}
