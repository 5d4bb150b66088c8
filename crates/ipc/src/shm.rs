//! Shared memory: the same pages mapped into several processes (`shm_open`
//! makes a named object under `/dev/shm`). For: large data without copying;
//! the processes must synchronise themselves (a semaphore, a lock).

use std::fs::File;
use std::io;

use memmap2::MmapMut;
use nix::fcntl::OFlag;
use nix::sys::mman::{shm_open, shm_unlink};
use nix::sys::stat::Mode;

/// What the child writes.
pub const MESSAGE: &str = "hello through shared memory";

/// The size of the shared object.
const SIZE: usize = 4096;

/// Unlinks the object when dropped.
struct Unlinked(String);

impl Drop for Unlinked {
    fn drop(&mut self) {
        let _ = shm_unlink(self.0.as_str());
    }
}

// ANCHOR: map
/// Opens (or creates) the shared-memory object `name` and maps it.
pub fn map(name: &str, create: bool) -> io::Result<MmapMut> {
    let flags = if create {
        OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_RDWR
    } else {
        OFlag::O_RDWR
    };
    let file = File::from(shm_open(name, flags, Mode::S_IRUSR | Mode::S_IWUSR)?);
    if create {
        file.set_len(SIZE as u64)?;
    }
    // SAFETY: the mapping is shared with another process, which may write
    // to it while we hold it. We only read it after that process has
    // exited (or, in the tests, while no other thread writes), so the bytes
    // do not change under a live reference. The object is never truncated
    // while mapped.
    unsafe { MmapMut::map_mut(&file) }
}
// ANCHOR_END: map

// ANCHOR: shm
/// Creates a shared-memory object, has a child write [`MESSAGE`] into it
/// (length first), reads it, and removes the object.
pub fn from_child() -> io::Result<String> {
    let name = format!("/{}", crate::unique_name("shm"));
    let memory = map(&name, true)?;
    let _unlinked = Unlinked(name.clone());
    crate::run_child("shm", &name)?;
    let len = usize::from(memory[0]);
    Ok(String::from_utf8_lossy(&memory[1..=len]).into_owned())
}

/// The child's side: maps the object and writes the message into it.
pub(crate) fn child(name: &str) -> io::Result<()> {
    let mut memory = map(name, false)?;
    let len = u8::try_from(MESSAGE.len()).map_err(io::Error::other)?;
    memory[0] = len;
    memory[1..=MESSAGE.len()].copy_from_slice(MESSAGE.as_bytes());
    memory.flush()
}
// ANCHOR_END: shm

/// Whether this process's object is still listed in `/dev/shm`.
pub fn leftover() -> bool {
    std::path::Path::new("/dev/shm")
        .join(crate::unique_name("shm"))
        .exists()
}
