//! The seven ways two Linux processes talk, each as one call that starts a
//! child process, talks to it and cleans up after itself.
//!
//! Every named object (FIFO, message queue, shared memory, semaphore,
//! socket) gets a name with this process's id in it, so parallel runs do not
//! collide, and is removed by a guard when the call ends, even on error.
//!
//! The children of [`mqueue`], [`shm`], [`semaphore`] and [`socket`] are this
//! same program started again: a program that uses them calls
//! [`child_main`] first thing in `main` (a test binary, in a test).

use std::io;
use std::process::{Command, Stdio};

pub mod fifo;
pub mod mqueue;
pub mod pipe;
pub mod semaphore;
pub mod shm;
pub mod signal;
pub mod socket;

/// The variable that tells a re-started copy of this program which child to be.
pub const CHILD_ENV: &str = "IPC_CHILD";

/// A name for a kernel object, unique to this process and `what`.
pub fn unique_name(what: &str) -> String {
    format!("ipc-{what}-{}", std::process::id())
}

/// Starts this same program as the child `role` with `arg`, and waits for it.
///
/// The test harness's arguments are passed so that a test binary runs only
/// the test named `child_role`; an example ignores them.
fn run_child(role: &str, arg: &str) -> io::Result<()> {
    let status = Command::new(std::env::current_exe()?)
        .args(["--exact", "child_role", "--quiet"])
        .env(CHILD_ENV, format!("{role}:{arg}"))
        .stdout(Stdio::null())
        .status()?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!(
            "the {role} child failed: {status}"
        )))
    }
}

/// If this process is a child started by one of the modules, plays its part
/// and returns `true`: the caller should then exit.
pub fn child_main() -> bool {
    let Ok(job) = std::env::var(CHILD_ENV) else {
        return false;
    };
    let (role, arg) = job.split_once(':').unwrap_or((job.as_str(), ""));
    let result = match role {
        "mqueue" => mqueue::child(arg),
        "shm" => shm::child(arg),
        "semaphore" => semaphore::child(arg),
        "socket" => socket::child(arg),
        other => Err(io::Error::other(format!("no child role {other:?}"))),
    };
    if let Err(err) = result {
        eprintln!("ipc child {role}: {err}");
        std::process::exit(1);
    }
    true
}
