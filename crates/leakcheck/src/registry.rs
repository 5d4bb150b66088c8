//! The threads and tasks spawned through [`crate::thread::spawn`] and
//! [`crate::task::spawn`]: their names and where they were spawned, for as
//! long as they run.

use std::collections::BTreeMap;
use std::fmt;
use std::panic::Location;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

/// What a tracked entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Thread,
    #[cfg_attr(not(feature = "tokio"), allow(dead_code))]
    Task,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Thread => "thread",
            Kind::Task => "task",
        })
    }
}

/// One running thread or task that was spawned through a tracked helper.
#[derive(Debug, Clone)]
pub(crate) struct Tracked {
    pub kind: Kind,
    pub name: String,
    pub location: &'static Location<'static>,
    /// The OS thread id of a thread, once the thread has recorded it.
    pub tid: Option<u32>,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(0);
static RUNNING: Mutex<BTreeMap<u64, Tracked>> = Mutex::new(BTreeMap::new());

/// The registry, even if a panic poisoned it: every update is a single map
/// operation, so the map is never left half-changed.
fn running() -> MutexGuard<'static, BTreeMap<u64, Tracked>> {
    RUNNING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A tracked entry's lifetime: registered on creation, removed on drop. The
/// spawn helpers move it into the thread's closure or the task's future, so
/// it is dropped exactly when that ends, returns, panics or is cancelled.
#[derive(Debug)]
pub(crate) struct Registration {
    id: u64,
}

impl Registration {
    pub fn new(kind: Kind, name: String, location: &'static Location<'static>) -> Self {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        running().insert(
            id,
            Tracked {
                kind,
                name,
                location,
                tid: None,
            },
        );
        Registration { id }
    }

    /// Records the OS thread id of the thread that runs this entry.
    pub fn set_tid(&self, tid: Option<u32>) {
        if let Some(entry) = running().get_mut(&self.id) {
            entry.tid = tid;
        }
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        running().remove(&self.id);
    }
}

/// Every tracked entry still running, by id.
pub(crate) fn snapshot() -> BTreeMap<u64, Tracked> {
    running().clone()
}

/// How many tracked entries of `kind` are still running.
pub(crate) fn count(kind: Kind) -> usize {
    running().values().filter(|t| t.kind == kind).count()
}
