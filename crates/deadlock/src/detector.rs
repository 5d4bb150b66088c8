//! A wait-for-graph deadlock detector over named locks.
//!
//! Every [`NamedMutex`] belongs to a [`LockGraph`] that knows which thread
//! holds each lock and which lock each thread waits for. A thread about to
//! wait follows the chain "this lock is held by T1, who waits for a lock held
//! by T2, who waits ..." and, if the chain comes back to itself, it does not
//! wait: [`NamedMutex::lock`] returns a [`Deadlock`] naming the threads in the
//! cycle. That is what Go's runtime cannot do (it only sees "all goroutines
//! asleep"). parking_lot's `deadlock_detection` feature finds such cycles in
//! its own locks too, but only when something calls
//! `parking_lot::deadlock::check_deadlock()` (typically a background thread
//! you start yourself); this detector checks on every wait.
//!
//! The graph lives behind one `std::sync::Mutex` and one `Condvar`: simple and
//! slow, a tool for tests and teaching, not for hot paths.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::{self, ThreadId};

/// A cycle of threads, each waiting for a lock the next one holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadlock {
    /// The threads in the cycle, starting with the one that would have closed
    /// it, as `thread name (waits for lock name)`.
    pub cycle: Vec<String>,
}

impl fmt::Display for Deadlock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "deadlock: {}", self.cycle.join(" -> "))?;
        if let Some(first) = self.cycle.first() {
            write!(f, " -> {first}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Deadlock {}

#[derive(Default)]
struct State {
    /// Lock id -> the thread holding it.
    holders: HashMap<usize, ThreadId>,
    /// Thread -> the lock id it waits for.
    waiting: HashMap<ThreadId, usize>,
    /// Names, for the report.
    thread_names: HashMap<ThreadId, String>,
    lock_names: Vec<String>,
}

impl State {
    /// The cycle that `me` waiting for `lock` would close, if any.
    fn cycle_from(&self, me: ThreadId, lock: usize) -> Option<Vec<String>> {
        let mut cycle = vec![self.describe(me, lock)];
        let mut wanted = lock;
        // Each thread waits for at most one lock: the chain is a path.
        for _ in 0..=self.holders.len() {
            let holder = *self.holders.get(&wanted)?;
            if holder == me {
                return Some(cycle);
            }
            wanted = *self.waiting.get(&holder)?;
            cycle.push(self.describe(holder, wanted));
        }
        None
    }

    fn describe(&self, thread: ThreadId, lock: usize) -> String {
        let name = self.thread_names.get(&thread).map_or("?", String::as_str);
        format!("{name} (waits for {})", self.lock_names[lock])
    }
}

/// The locks that can see each other's holders and waiters.
#[derive(Default)]
pub struct LockGraph {
    state: Mutex<State>,
    released: Condvar,
}

impl LockGraph {
    /// An empty graph, shared by the locks made with [`LockGraph::mutex`].
    pub fn new() -> Arc<Self> {
        Arc::new(LockGraph::default())
    }

    /// A new lock named `name` in this graph, guarding `value`.
    pub fn mutex<T>(self: &Arc<Self>, name: &str, value: T) -> NamedMutex<T> {
        let mut state = self.state();
        state.lock_names.push(name.to_owned());
        NamedMutex {
            graph: Arc::clone(self),
            id: state.lock_names.len() - 1,
            value: Mutex::new(value),
        }
    }

    /// Blocks until at least `n` threads of this graph wait for a lock: a way
    /// for a test or an example to know that a thread is blocked before it
    /// goes on, without sleeping.
    pub fn wait_for_waiters(&self, n: usize) {
        let mut state = self.state();
        while state.waiting.len() < n {
            state = self
                .released
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// A mutex that knows its name and refuses to close a deadlock cycle.
pub struct NamedMutex<T> {
    graph: Arc<LockGraph>,
    id: usize,
    value: Mutex<T>,
}

/// The guard of a [`NamedMutex`]: derefs to the value, releases on drop.
pub struct NamedGuard<'a, T> {
    lock: &'a NamedMutex<T>,
    // An Option so that Drop can release the value before telling the graph.
    value: Option<MutexGuard<'a, T>>,
}

impl<T> NamedMutex<T> {
    // ANCHOR: lock
    /// Waits for the lock, unless waiting would close a cycle of threads each
    /// waiting for the next: then returns the cycle instead of hanging.
    ///
    /// Locking a lock this thread already holds is the shortest cycle (a
    /// self-deadlock: `std::sync::Mutex` is not reentrant).
    pub fn lock(&self) -> Result<NamedGuard<'_, T>, Deadlock> {
        let me = thread::current();
        let mut state = self.graph.state();
        state
            .thread_names
            .entry(me.id())
            .or_insert_with(|| me.name().unwrap_or("unnamed").to_owned());
        while state.holders.contains_key(&self.id) {
            if let Some(cycle) = state.cycle_from(me.id(), self.id) {
                state.waiting.remove(&me.id());
                return Err(Deadlock { cycle });
            }
            if state.waiting.insert(me.id(), self.id).is_none() {
                // Someone may be in `wait_for_waiters`.
                self.graph.released.notify_all();
            }
            state = self
                .graph
                .released
                .wait(state)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        state.waiting.remove(&me.id());
        state.holders.insert(self.id, me.id());
        drop(state);
        // The graph says we own the lock, so this never waits long.
        let value = self.value.lock().unwrap_or_else(|p| p.into_inner());
        Ok(NamedGuard {
            lock: self,
            value: Some(value),
        })
    }
    // ANCHOR_END: lock
}

impl<T> std::ops::Deref for NamedGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.value.as_ref().expect("present until drop")
    }
}

impl<T> std::ops::DerefMut for NamedGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        self.value.as_mut().expect("present until drop")
    }
}

impl<T> Drop for NamedGuard<'_, T> {
    fn drop(&mut self) {
        drop(self.value.take());
        let graph = &self.lock.graph;
        graph.state().holders.remove(&self.lock.id);
        // A waiter may be checking for a cycle through us: wake them all to
        // look again.
        graph.released.notify_all();
    }
}
