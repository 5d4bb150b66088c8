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

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

/// Listens on `path` (replacing a stale socket file there), calls `ready`
/// once it accepts connections, serves `connections` connections one after
/// another, and removes the socket file before returning, even on error.
pub fn serve_at(path: &Path, connections: usize, ready: impl FnOnce()) -> io::Result<()> {
    /// Removes the socket file when dropped, however serving ends.
    struct RemoveOnDrop(PathBuf);

    impl Drop for RemoveOnDrop {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let listener = UnixListener::bind(path)?;
    let _remove = RemoveOnDrop(path.to_owned());
    ready();
    let mut counters: HashMap<String, u64> = HashMap::new();
    for _ in 0..connections {
        let (stream, _) = listener.accept()?;
        let mut request = String::new();
        BufReader::new(&stream).read_line(&mut request)?;
        let answer = match request.split_whitespace().collect::<Vec<_>>()[..] {
            ["incr", name] => {
                let count = counters.entry(name.to_owned()).or_insert(0);
                *count += 1;
                count.to_string()
            }
            ["get", name] => counters.get(name).copied().unwrap_or(0).to_string(),
            _ => "error: unknown request".to_owned(),
        };
        writeln!(&stream, "{answer}")?;
    }
    Ok(())
}

/// Connects to the server at `path`, sends `line`, and returns its answer
/// without the newline.
pub fn request(path: &Path, line: &str) -> io::Result<String> {
    let mut stream = UnixStream::connect(path)?;
    writeln!(stream, "{line}")?;
    stream.shutdown(std::net::Shutdown::Write)?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    Ok(answer.trim_end().to_owned())
}
