//! Unix domain socket: a two-way stream (or datagrams) between processes on
//! one machine, named by a path. For: local client-server (Docker's API,
//! databases' local connections), and passing file descriptors.

use std::io::{self, Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;

/// What the child says.
pub const MESSAGE: &str = "hello over a unix socket";

/// Removes the socket file when dropped.
struct Removed(PathBuf);

impl Drop for Removed {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn socket_path() -> PathBuf {
    std::env::temp_dir().join(crate::unique_name("sock"))
}

// ANCHOR: socket
/// Listens on a socket path, has a child connect and write [`MESSAGE`],
/// answers it, and removes the path.
pub fn from_child() -> io::Result<String> {
    let path = socket_path();
    let listener = UnixListener::bind(&path)?;
    let _removed = Removed(path.clone());
    let child = std::thread::spawn({
        let path = path.to_string_lossy().into_owned();
        move || crate::run_child("socket", &path)
    });
    let (mut stream, _) = listener.accept()?;
    let mut got = String::new();
    stream.read_to_string(&mut got)?; // the child shuts down its write half
    stream.write_all(b"thanks")?;
    drop(stream);
    child.join().expect("the waiting thread does not panic")?;
    Ok(got)
}

/// The child's side: connects, writes, and reads the answer.
pub(crate) fn child(path: &str) -> io::Result<()> {
    let mut stream = UnixStream::connect(path)?;
    stream.write_all(MESSAGE.as_bytes())?;
    stream.shutdown(std::net::Shutdown::Write)?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    if answer == "thanks" {
        Ok(())
    } else {
        Err(io::Error::other(format!("unexpected answer {answer:?}")))
    }
}
// ANCHOR_END: socket

/// Whether this process's socket path is still there.
pub fn leftover() -> bool {
    socket_path().exists()
}
