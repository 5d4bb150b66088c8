//! The process's OS threads, as Linux lists them under `/proc/self/task`.
//!
//! Elsewhere the list is unavailable and only tracked threads are checked.

use std::collections::BTreeMap;
use std::fs;

/// Linux keeps at most 15 bytes of a thread's name (`comm`).
pub(crate) const COMM_LEN: usize = 15;

/// Every thread of this process: its id and its name, or `None` when the
/// platform does not list them.
pub(crate) fn threads() -> Option<BTreeMap<u32, String>> {
    let dir = fs::read_dir("/proc/self/task").ok()?;
    let mut threads = BTreeMap::new();
    for entry in dir.flatten() {
        let Some(tid) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
            continue;
        };
        // A thread that exits between the listing and this read is gone: skip it.
        if let Ok(comm) = fs::read_to_string(entry.path().join("comm")) {
            threads.insert(tid, comm.trim_end_matches('\n').to_owned());
        }
    }
    Some(threads)
}

/// The OS id of the calling thread (`/proc/thread-self` links to
/// `<pid>/task/<tid>`), or `None` off Linux.
pub(crate) fn current_tid() -> Option<u32> {
    let link = fs::read_link("/proc/thread-self").ok()?;
    link.file_name()?.to_str()?.parse().ok()
}

/// A name as Linux stores it: cut to [`COMM_LEN`] bytes (on a char boundary).
pub(crate) fn comm(name: &str) -> &str {
    let mut end = name.len().min(COMM_LEN);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    &name[..end]
}
