//! POSIX named semaphore: a counter in the kernel's shared memory
//! (`/dev/shm/sem.NAME`) that processes increment (`post`) and wait to
//! decrement (`wait`). For: limiting or signalling across processes.
//!
//! nix does not wrap `sem_open`, so this module calls libc, in a small safe
//! type with the `unsafe` blocks inside.

use std::ffi::CString;
use std::io;

// ANCHOR: semaphore
/// An open named semaphore; closed when dropped.
pub struct NamedSemaphore {
    sem: *mut libc::sem_t,
}

impl NamedSemaphore {
    /// Opens `name`, creating it with `value` if `create` (failing if it
    /// exists then).
    pub fn open(name: &str, create: bool, value: u32) -> io::Result<NamedSemaphore> {
        let name = CString::new(name).map_err(io::Error::other)?;
        let flags = if create {
            libc::O_CREAT | libc::O_EXCL
        } else {
            0
        };
        let mode: libc::c_uint = 0o600;
        // SAFETY: `name` is a valid NUL-terminated string for the call; the
        // variadic mode and value are passed as the C types sem_open reads.
        let sem = unsafe { libc::sem_open(name.as_ptr(), flags, mode, value) };
        if sem == libc::SEM_FAILED {
            return Err(io::Error::last_os_error());
        }
        Ok(NamedSemaphore { sem })
    }

    /// Adds one (`sem_post`).
    pub fn post(&self) -> io::Result<()> {
        // SAFETY: `self.sem` came from a successful sem_open and is closed
        // only in Drop, so it is valid here.
        if unsafe { libc::sem_post(self.sem) } == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }

    /// Takes one if the count is above zero (`sem_trywait`); `false` if not.
    pub fn try_wait(&self) -> io::Result<bool> {
        // SAFETY: as in `post`.
        if unsafe { libc::sem_trywait(self.sem) } == 0 {
            return Ok(true);
        }
        let err = io::Error::last_os_error();
        if err.raw_os_error() == Some(libc::EAGAIN) {
            Ok(false)
        } else {
            Err(err)
        }
    }

    /// Removes the name (`sem_unlink`); open handles keep working.
    pub fn unlink(name: &str) -> io::Result<()> {
        let name = CString::new(name).map_err(io::Error::other)?;
        // SAFETY: `name` is a valid NUL-terminated string for the call.
        if unsafe { libc::sem_unlink(name.as_ptr()) } == 0 {
            Ok(())
        } else {
            Err(io::Error::last_os_error())
        }
    }
}

impl Drop for NamedSemaphore {
    fn drop(&mut self) {
        // SAFETY: valid since sem_open, and never used after this.
        unsafe { libc::sem_close(self.sem) };
    }
}
// ANCHOR_END: semaphore

/// Unlinks the semaphore when dropped.
struct Unlinked(String);

impl Drop for Unlinked {
    fn drop(&mut self) {
        let _ = NamedSemaphore::unlink(&self.0);
    }
}

/// How many times the child posts.
pub const POSTS: usize = 3;

// ANCHOR: from_child
/// Creates a semaphore at 0, has a child post it [`POSTS`] times, counts the
/// posts, and removes it.
pub fn posts_from_child() -> io::Result<usize> {
    let name = format!("/{}", crate::unique_name("sem"));
    let sem = NamedSemaphore::open(&name, true, 0)?;
    let _unlinked = Unlinked(name.clone());
    crate::run_child("semaphore", &name)?;
    let mut taken = 0;
    while sem.try_wait()? {
        taken += 1;
    }
    Ok(taken)
}

/// The child's side: opens the semaphore and posts it.
pub(crate) fn child(name: &str) -> io::Result<()> {
    let sem = NamedSemaphore::open(name, false, 0)?;
    for _ in 0..POSTS {
        sem.post()?;
    }
    Ok(())
}
// ANCHOR_END: from_child

/// Whether this process's semaphore is still listed in `/dev/shm`.
pub fn leftover() -> bool {
    std::path::Path::new("/dev/shm")
        .join(format!("sem.{}", crate::unique_name("sem")))
        .exists()
}
