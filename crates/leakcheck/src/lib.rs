//! Leaked threads and tasks, caught by tests: Go's `goleak` for Rust.
//!
//! A goroutine blocked forever on a channel is Go's classic leak, and
//! `goleak.VerifyNone(t)` is how Go tests catch it. Rust has the same leaks
//! with threads and tasks: a thread blocked on a channel that nobody closes,
//! a detached task looping without a quit signal. This crate checks, at the
//! end of a test, that no thread and no tokio task started during the test is
//! still alive, and says where each leak came from:
//!
//! ```text
//! leakcheck: 1 leak still alive after 500ms:
//!   - task `worker-3` spawned at src/pool.rs:42 still alive after 500ms
//! ```
//!
//! # Use
//!
//! ```
//! // One leak-checked test at a time (see Limits); checks when dropped, at the end.
//! let _guard = leakcheck::Guard::serial();
//! let worker = leakcheck::thread::spawn("worker", || 6 * 7);
//! assert_eq!(worker.join().unwrap(), 42);
//! ```
//!
//! The same check as a value, with options:
//!
//! ```
//! use std::time::Duration;
//!
//! let start = leakcheck::Options::new()
//!     .grace(Duration::from_millis(200))
//!     .ignore_thread_prefix("my-pool-")
//!     .snapshot(); // what runs now is not a leak (goleak's IgnoreCurrent)
//! // ... the test body ...
//! if let Err(report) = start.verify() {
//!     panic!("{report}");
//! }
//! ```
//!
//! In an async test (feature `tokio`), wrap the body: its tasks are counted
//! on the runtime it runs on.
//!
//! ```
//! # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
//! leakcheck::verify_async(async {
//!     let task = leakcheck::task::spawn("answer", async { 42 });
//!     assert_eq!(task.await.unwrap(), 42);
//! })
//! .await;
//! # });
//! ```
//!
//! # What counts as a leak
//!
//! - An OS thread alive at the check that was not alive at the snapshot
//!   (Linux: listed from `/proc/self/task`, by name and id). Threads spawned
//!   with [`thread::spawn`] are reported with their name and spawn location.
//! - A task spawned with [`task::spawn`] or [`task::spawn_in`] (into a
//!   `JoinSet`) since the snapshot and not yet dropped, reported with its
//!   name and spawn location.
//! - With a runtime ([`Options::runtime`], [`verify_async`]): any other task
//!   alive on it beyond the count at the snapshot
//!   (`Handle::metrics().num_alive_tasks()`), reported as a count.
//!
//! Work that is finishing is not a leak: like goleak, the check retries with
//! a short backoff for a grace period ([`DEFAULT_GRACE`]) before it fails.
//!
//! # Limits
//!
//! - **Threads are process-wide.** Tests that run in parallel in one test
//!   binary see each other's threads. Either run one test per process (what
//!   `cargo course check` and grading do), or have every test of the binary
//!   take [`serial()`] first ([`Guard::serial`] does both): it runs them one
//!   at a time, and the threads of the tests waiting their turn (named after
//!   their test) are not counted.
//! - **Tracked tasks are process-wide too**: a tracked task on another
//!   runtime started after the snapshot is reported. [`serial()`] again.
//! - **`spawn_blocking` jobs are not tasks** in tokio's count; their pool's
//!   threads (`tokio-rt-worker`) outlive them on purpose and are ignored by
//!   [`verify_async`]. A blocked `spawn_blocking` job is not caught.
//! - **Counts on a multi-thread runtime are eventually consistent**: a task
//!   that just finished may still be counted for a moment; the grace period
//!   covers that.
//! - Off Linux, untracked threads cannot be listed; only tracked ones are
//!   checked.
//! - A leak found is left running: the thread cannot be killed. Release it
//!   (drop the sender it waits on, send its quit signal) before the next test.

pub mod thread;

#[cfg(feature = "tokio")]
pub mod task;

mod os;
mod registry;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::panic::Location;
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use registry::{Kind, Tracked};

/// How long a check waits for threads and tasks to finish before it calls
/// them leaks.
pub const DEFAULT_GRACE: Duration = Duration::from_millis(500);

/// The name of the helper threads that [`Snapshot::verify_async`] sleeps on;
/// never counted as leaks.
const TIMER_THREAD: &str = "leakcheck-timer";

/// What a check ignores and how long it waits.
#[derive(Debug, Clone)]
pub struct Options {
    grace: Duration,
    ignore_prefixes: Vec<String>,
    #[cfg(feature = "tokio")]
    runtime: Option<tokio::runtime::Handle>,
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

impl Options {
    /// No thread ignored, no runtime, a grace period of [`DEFAULT_GRACE`].
    pub fn new() -> Self {
        Options {
            grace: DEFAULT_GRACE,
            ignore_prefixes: Vec::new(),
            #[cfg(feature = "tokio")]
            runtime: None,
        }
    }

    /// How long to wait for threads and tasks that are finishing.
    pub fn grace(mut self, grace: Duration) -> Self {
        self.grace = grace;
        self
    }

    /// Ignores threads whose name starts with `prefix`: known background
    /// threads that outlive a test on purpose (goleak's `IgnoreTopFunction`).
    ///
    /// Linux keeps only the first 15 bytes of an untracked thread's name.
    pub fn ignore_thread_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.ignore_prefixes.push(prefix.into());
        self
    }

    /// Also counts the tasks alive on this runtime, and ignores tokio's
    /// pool threads (`tokio-rt-worker`, `tokio-runtime-worker`): its blocking
    /// pool keeps idle threads alive after `spawn_blocking` on purpose.
    #[cfg(feature = "tokio")]
    pub fn runtime(mut self, handle: &tokio::runtime::Handle) -> Self {
        self.runtime = Some(handle.clone());
        self.ignore_thread_prefix("tokio-rt-worker")
            .ignore_thread_prefix("tokio-runtime-worker")
    }

    /// Records what is alive now; [`Snapshot::verify`] reports what is
    /// alive later and was not alive now.
    pub fn snapshot(self) -> Snapshot {
        Snapshot {
            threads: os::thread_ids(),
            tracked: registry::snapshot().into_keys().collect(),
            #[cfg(feature = "tokio")]
            tasks: self
                .runtime
                .as_ref()
                .map_or(0, |handle| handle.metrics().num_alive_tasks()),
            options: self,
        }
    }

    /// A [`Guard`] with these options.
    pub fn guard(self) -> Guard {
        Guard {
            start: Some(self.snapshot()),
            _turn: None,
        }
    }

    fn ignores(&self, name: &str) -> bool {
        name.starts_with(TIMER_THREAD)
            || self
                .ignore_prefixes
                .iter()
                .any(|prefix| name.starts_with(prefix.as_str()) || name == os::comm(prefix))
    }
}

/// What was alive when a test started (goleak's `IgnoreCurrent`).
#[derive(Debug)]
#[must_use = "a snapshot checks nothing until you call verify()"]
pub struct Snapshot {
    options: Options,
    threads: BTreeSet<u32>,
    tracked: BTreeSet<u64>,
    #[cfg(feature = "tokio")]
    tasks: usize,
}

impl Snapshot {
    /// What is alive now, with the default [`Options`].
    pub fn now() -> Self {
        Options::new().snapshot()
    }

    /// Checks, retrying for the grace period, that nothing started since the
    /// snapshot is still alive; otherwise returns what is, and where it came
    /// from.
    ///
    /// This blocks the calling thread between attempts: in an async test on a
    /// current-thread runtime use [`Snapshot::verify_async`], or tasks that
    /// are finishing cannot run.
    pub fn verify(self) -> Result<(), Report> {
        let started = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            let leaks = self.leaks();
            if leaks.is_empty() {
                return Ok(());
            }
            let waited = started.elapsed();
            if waited >= self.options.grace {
                return Err(Report { leaks, waited });
            }
            std::thread::sleep(pause.min(self.options.grace - waited));
            pause = (pause * 2).min(Duration::from_millis(50));
        }
    }

    /// [`Snapshot::verify`] for async code: waits between attempts without
    /// blocking the runtime, so that tasks which are finishing can finish.
    ///
    /// The wait is wall-clock time, measured on a helper thread, so it works
    /// on runtimes with or without a time driver. Under paused time
    /// (`start_paused`) the runtime advances its clock while idle, so a task
    /// that only sleeps completes during the wait; one that loops forever
    /// does not.
    #[cfg(feature = "tokio")]
    pub async fn verify_async(self) -> Result<(), Report> {
        let started = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            tokio::task::yield_now().await;
            let leaks = self.leaks();
            if leaks.is_empty() {
                return Ok(());
            }
            let waited = started.elapsed();
            if waited >= self.options.grace {
                return Err(Report { leaks, waited });
            }
            wall_clock_sleep(pause.min(self.options.grace - waited)).await;
            pause = (pause * 2).min(Duration::from_millis(50));
        }
    }

    /// Everything alive now that was not alive at the snapshot.
    fn leaks(&self) -> Vec<Leak> {
        let tracked: BTreeMap<u64, Tracked> = registry::snapshot()
            .into_iter()
            .filter(|(id, _)| !self.tracked.contains(id))
            .collect();
        let mut leaks = Vec::new();

        // Threads: the OS list, named from the tracked entries where it can be.
        let by_tid: BTreeMap<u32, &Tracked> =
            tracked.values().filter_map(|t| Some((t.tid?, t))).collect();
        let os_threads = os::threads();
        let waiting = serial_waiters();
        let me = os::current_tid();
        for (tid, comm) in os_threads.iter().flatten() {
            if self.threads.contains(tid) || Some(*tid) == me {
                continue;
            }
            match by_tid.get(tid) {
                Some(t) if !self.options.ignores(&t.name) => leaks.push(Leak::Thread {
                    name: t.name.clone(),
                    tid: Some(*tid),
                    spawned_at: Some(t.location),
                }),
                Some(_) => {}
                None if self.options.ignores(comm) || waiting.contains(comm) => {}
                None => leaks.push(Leak::Thread {
                    name: comm.clone(),
                    tid: Some(*tid),
                    spawned_at: None,
                }),
            }
        }
        // Tracked threads the OS list did not show: not listed on this
        // platform, or not yet told their id.
        for t in tracked.values().filter(|t| t.kind == Kind::Thread) {
            let listed = t
                .tid
                .is_some_and(|tid| os_threads.as_ref().is_some_and(|os| os.contains_key(&tid)));
            if !listed && !self.options.ignores(&t.name) {
                leaks.push(Leak::Thread {
                    name: t.name.clone(),
                    tid: t.tid,
                    spawned_at: Some(t.location),
                });
            }
        }

        // Tasks: the tracked ones by name, the rest of the runtime's by count.
        let tracked_tasks: Vec<&Tracked> =
            tracked.values().filter(|t| t.kind == Kind::Task).collect();
        #[cfg(feature = "tokio")]
        if let Some(handle) = &self.options.runtime {
            let alive = handle.metrics().num_alive_tasks();
            let untracked = alive
                .saturating_sub(self.tasks)
                .saturating_sub(tracked_tasks.len());
            if untracked > 0 {
                leaks.push(Leak::UntrackedTasks { count: untracked });
            }
        }
        for t in tracked_tasks {
            leaks.push(Leak::Task {
                name: t.name.clone(),
                spawned_at: t.location,
            });
        }
        leaks
    }
}

/// Checks for leaks when dropped: at the end of the test that holds it.
///
/// ```
/// let _guard = leakcheck::Guard::new();
/// let (tx, rx) = std::sync::mpsc::channel::<i32>();
/// let summer = leakcheck::thread::spawn("summer", move || rx.iter().sum::<i32>());
/// tx.send(2).unwrap();
/// drop(tx); // without this the summer waits forever, and the guard panics
/// assert_eq!(summer.join().unwrap(), 2);
/// ```
///
/// The check panics with the [`Report`] unless the thread is already
/// panicking (a failed assertion is the better message, and a second panic
/// would abort the process).
#[derive(Debug)]
#[must_use = "a guard checks when it is dropped: bind it with `let _guard = ...`"]
pub struct Guard {
    start: Option<Snapshot>,
    /// Released after the check (fields drop after `Drop::drop` runs).
    _turn: Option<Serial>,
}

impl Guard {
    /// Snapshots what is alive now, with the default [`Options`].
    pub fn new() -> Self {
        Options::new().guard()
    }

    /// Takes a turn from [`serial()`], then snapshots: the usual first line
    /// of a leak-checked test in a binary whose tests run in parallel. The
    /// turn is released after the check, so that the next test cannot start
    /// threads while this one is still counting.
    ///
    /// ```
    /// let _guard = leakcheck::Guard::serial();
    /// leakcheck::thread::spawn("quick", || ()).join().unwrap();
    /// ```
    pub fn serial() -> Self {
        let turn = serial();
        let mut guard = Guard::new(); // after the turn: the snapshot is this test's
        guard._turn = Some(turn);
        guard
    }

    /// A guard that also counts the tasks on `handle`'s runtime.
    ///
    /// Its check blocks the dropping thread: on a current-thread runtime,
    /// drop it outside `block_on` (or use [`verify_async`] inside).
    #[cfg(feature = "tokio")]
    pub fn for_runtime(handle: &tokio::runtime::Handle) -> Self {
        Options::new().runtime(handle).guard()
    }
}

impl Default for Guard {
    fn default() -> Self {
        Guard::new()
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Some(Err(report)) = self.start.take().map(Snapshot::verify) {
            panic!("{report}");
        }
    }
}

/// Runs an async test body, then checks that it left no thread and no task
/// behind on the current runtime; panics with the [`Report`] if it did.
///
/// The runtime's own pool threads are ignored (see [`Options::runtime`]).
///
/// # Panics
///
/// Outside a tokio runtime, and on a leak.
#[cfg(feature = "tokio")]
pub async fn verify_async<F: std::future::Future>(body: F) -> F::Output {
    let options = Options::new().runtime(&tokio::runtime::Handle::current());
    verify_async_with(options, body).await
}

/// [`verify_async`] with explicit [`Options`] (give them the runtime with
/// [`Options::runtime`] to count its tasks).
#[cfg(feature = "tokio")]
pub async fn verify_async_with<F: std::future::Future>(options: Options, body: F) -> F::Output {
    let start = options.snapshot();
    let output = body.await;
    if let Err(report) = start.verify_async().await {
        panic!("{report}");
    }
    output
}

/// Runs an async test body the way a deterministic test wants it: on a fresh
/// current-thread runtime whose clock is paused (timers fire at once, in
/// order, when the runtime has nothing else to do), one checked test at a
/// time ([`serial`]), and checks at the end that it left no thread and no
/// task behind (250 ms of grace). Panics with the [`Report`] on a leak.
///
/// ```
/// let elapsed = leakcheck::run_paused(async {
///     let start = tokio::time::Instant::now();
///     tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
///     start.elapsed()
/// });
/// assert_eq!(elapsed.as_secs(), 3600); // an hour, in no time
/// ```
#[cfg(feature = "tokio")]
pub fn run_paused<F: std::future::Future>(body: F) -> F::Output {
    let _turn = serial();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("leakcheck: could not build a tokio runtime");
    runtime.block_on(async {
        let options = Options::new()
            .grace(Duration::from_millis(250))
            .runtime(&tokio::runtime::Handle::current());
        verify_async_with(options, body).await
    })
}

/// Sleeps on a helper thread, so that the runtime need not have a time
/// driver and is free to run other tasks meanwhile.
#[cfg(feature = "tokio")]
async fn wall_clock_sleep(duration: Duration) {
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let spawned = std::thread::Builder::new()
        .name(TIMER_THREAD.to_owned())
        .spawn(move || {
            std::thread::sleep(duration);
            let _ = done_tx.send(());
        });
    if spawned.is_ok() {
        let _ = done_rx.await;
    }
}

/// One thread or task that outlived its test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Leak {
    /// An OS thread; `spawned_at` is known when it was spawned with
    /// [`thread::spawn`].
    Thread {
        name: String,
        tid: Option<u32>,
        spawned_at: Option<&'static Location<'static>>,
    },
    /// A task spawned with `task::spawn` (feature `tokio`).
    Task {
        name: String,
        spawned_at: &'static Location<'static>,
    },
    /// Tasks alive on the runtime that were not spawned through `task::spawn`.
    UntrackedTasks { count: usize },
}

/// The leaks a check found, and how long it waited for them to finish.
#[derive(Debug, Clone)]
pub struct Report {
    leaks: Vec<Leak>,
    waited: Duration,
}

impl Report {
    /// Every leak found.
    pub fn leaks(&self) -> &[Leak] {
        &self.leaks
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let waited = Duration::from_millis(self.waited.as_millis() as u64);
        let n = self.leaks.len();
        writeln!(
            f,
            "leakcheck: {n} leak{} still alive after {waited:?}:",
            if n == 1 { "" } else { "s" }
        )?;
        for leak in &self.leaks {
            write!(f, "  - ")?;
            match leak {
                Leak::Thread {
                    name,
                    tid,
                    spawned_at,
                } => {
                    write!(f, "thread `{name}`")?;
                    if let Some(tid) = tid {
                        write!(f, " (tid {tid})")?;
                    }
                    match spawned_at {
                        Some(at) => write!(f, " spawned at {at}")?,
                        None => write!(f, ", not spawned through leakcheck::thread::spawn,")?,
                    }
                }
                Leak::Task { name, spawned_at } => {
                    write!(f, "{} `{name}` spawned at {spawned_at}", Kind::Task)?;
                }
                Leak::UntrackedTasks { count } => write!(
                    f,
                    "{count} task{} not spawned through leakcheck::task::spawn",
                    if *count == 1 { "" } else { "s" }
                )?,
            }
            writeln!(f, " still alive after {waited:?}")?;
        }
        write!(
            f,
            "A leak waits for something that will never happen: a channel that nobody sends to \
             or closes, a send that nobody receives, a loop without a quit signal. Give it a way \
             to end (drop the sender, close, cancel, abort) before the test ends."
        )
    }
}

impl std::error::Error for Report {}

/// Whether a test holds the turn, and where the others wait for it. A flag
/// and a `Condvar` rather than a held `MutexGuard`, so that [`Serial`] is
/// `Send` and an async test can hold it across `.await`.
static TURN_TAKEN: Mutex<bool> = Mutex::new(false);
static TURN_FREED: Condvar = Condvar::new();
static WAITERS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// A lock that a panicking test may have poisoned: the data is a flag or a
/// list, never left half-changed.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The (OS-truncated) names of the threads waiting in [`serial()`].
fn serial_waiters() -> BTreeSet<String> {
    lock(&WAITERS).iter().cloned().collect()
}

/// Runs leak-checked tests one at a time: hold the returned turn for the
/// whole test, taken before any other leakcheck call.
///
/// ```
/// let _serial = leakcheck::serial();
/// let _guard = leakcheck::Guard::new();
/// ```
///
/// The test harness runs each test on a thread named after the test. While a
/// test waits here, threads with its name are not counted as leaks by the
/// test that holds the turn (`graded` names its thread after the test too).
pub fn serial() -> Serial {
    let name = std::thread::current()
        .name()
        .map(|name| os::comm(name).to_owned());
    if let Some(name) = &name {
        lock(&WAITERS).push(name.clone());
    }
    let mut taken = lock(&TURN_TAKEN);
    while *taken {
        taken = TURN_FREED
            .wait(taken)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
    }
    *taken = true;
    drop(taken);
    // No longer waiting: threads named like this one (the threads it spawns
    // carry its name until they set their own) count again.
    if let Some(name) = &name {
        let mut waiters = lock(&WAITERS);
        if let Some(i) = waiters.iter().position(|w| w == name) {
            waiters.swap_remove(i);
        }
    }
    Serial { _private: () }
}

/// A turn from [`serial()`]: the next test starts when it is dropped. It is
/// `Send`, so an async test may hold it across `.await`.
#[derive(Debug)]
#[must_use = "the turn ends when this is dropped: bind it with `let _serial = ...`"]
pub struct Serial {
    _private: (),
}

impl Drop for Serial {
    fn drop(&mut self) {
        *lock(&TURN_TAKEN) = false;
        TURN_FREED.notify_one();
    }
}
