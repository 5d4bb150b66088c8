//! POSIX message queue: a kernel queue of whole messages, each with a
//! priority, named `/name` (listed in `/dev/mqueue`). For: messages between
//! unrelated processes without framing a byte stream.

use std::ffi::CString;
use std::io;

use nix::mqueue::{MQ_OFlag, MqAttr, mq_open, mq_receive, mq_send, mq_unlink};
use nix::sys::stat::Mode;

/// What the child sends.
pub const MESSAGE: &str = "hello over a message queue";

/// Unlinks the queue when dropped.
struct Unlinked(CString);

impl Drop for Unlinked {
    fn drop(&mut self) {
        let _ = mq_unlink(self.0.as_c_str());
    }
}

fn queue_name() -> CString {
    CString::new(format!("/{}", crate::unique_name("mq"))).expect("no NUL in the name")
}

// ANCHOR: mqueue
/// Creates a queue, has a child send [`MESSAGE`] into it, receives it, and
/// removes the queue.
pub fn from_child() -> io::Result<String> {
    let name = queue_name();
    let attr = MqAttr::new(0, 4, 128, 0);
    let queue = mq_open(
        name.as_c_str(),
        MQ_OFlag::O_CREAT | MQ_OFlag::O_EXCL | MQ_OFlag::O_RDONLY | MQ_OFlag::O_NONBLOCK,
        Mode::S_IRUSR | Mode::S_IWUSR,
        Some(&attr),
    )?;
    let _unlinked = Unlinked(name.clone());
    crate::run_child("mqueue", name.to_str().expect("ASCII"))?;
    // The child has exited; its message stays in the queue until received.
    let mut buffer = [0; 128];
    let mut priority = 0;
    let len = mq_receive(&queue, &mut buffer, &mut priority)?;
    Ok(String::from_utf8_lossy(&buffer[..len]).into_owned())
}

/// The child's side: opens the queue and sends one message.
pub(crate) fn child(name: &str) -> io::Result<()> {
    let name = CString::new(name).map_err(io::Error::other)?;
    let queue = mq_open(name.as_c_str(), MQ_OFlag::O_WRONLY, Mode::empty(), None)?;
    mq_send(&queue, MESSAGE.as_bytes(), 1)?;
    Ok(())
}
// ANCHOR_END: mqueue

/// Whether this process's queue still exists (opening it does not fail
/// with "no such file"; `/dev/mqueue` is not mounted everywhere).
pub fn leftover() -> bool {
    !matches!(
        mq_open(
            queue_name().as_c_str(),
            MQ_OFlag::O_RDONLY,
            Mode::empty(),
            None
        ),
        Err(nix::errno::Errno::ENOENT)
    )
}
