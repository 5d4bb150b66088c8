//! Named pipe (FIFO): a pipe with a name in the file system, so unrelated
//! processes can open it. For: a simple one-way channel between programs
//! that do not start each other.

use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use nix::sys::stat::Mode;

/// Removes the FIFO when dropped.
struct Removed(PathBuf);

impl Drop for Removed {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

// ANCHOR: fifo
/// Makes a FIFO, has a `sh` child write `message` into it, reads it, and
/// removes the FIFO.
pub fn through_fifo(message: &str) -> io::Result<String> {
    let path = std::env::temp_dir().join(crate::unique_name("fifo"));
    nix::unistd::mkfifo(&path, Mode::S_IRUSR | Mode::S_IWUSR)?;
    let _removed = Removed(path.clone());
    let mut child = Command::new("sh")
        .args(["-c", "printf '%s' \"$1\" > \"$2\"", "sh", message])
        .arg(&path)
        .spawn()?;
    // Opening for reading waits until the child opens it for writing.
    let mut got = String::new();
    std::fs::File::open(&path)?.read_to_string(&mut got)?;
    child.wait()?;
    Ok(got)
}
// ANCHOR_END: fifo

/// Whether a FIFO made by [`through_fifo`] in this process is still there.
pub fn leftover() -> bool {
    Path::new(&std::env::temp_dir().join(crate::unique_name("fifo"))).exists()
}
