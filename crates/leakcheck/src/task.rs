//! Tokio tasks that say where they came from.
//!
//! A task spawned with [`spawn`] is registered, with its name and the place
//! in the source that spawned it, until its future is dropped: when it
//! completes, is aborted, or its runtime shuts down. A leak report then reads
//! "task `ticker` spawned at src/heartbeat.rs:17 still alive after 500ms".

use std::future::Future;
use std::panic::Location;

use tokio::task::{AbortHandle, JoinHandle, JoinSet};

use crate::registry::{self, Kind, Registration};

/// Spawns a named task on the current tokio runtime, like `tokio::spawn`,
/// and tracks it until its future is dropped.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let answer = leakcheck::task::spawn("answer", async { 42 });
/// assert_eq!(answer.await.unwrap(), 42);
/// # });
/// ```
///
/// # Panics
///
/// Outside a tokio runtime, as `tokio::spawn` does.
#[track_caller]
pub fn spawn<F>(name: impl Into<String>, future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let registration = Registration::new(Kind::Task, name.into(), Location::caller());
    tokio::spawn(async move {
        // Dropped with the future: on completion, abort or runtime shutdown.
        let _running = registration;
        future.await
    })
}

/// Spawns a named task into `set`, like `JoinSet::spawn`, and tracks it
/// until its future is dropped. A `JoinSet` aborts every task it still holds
/// when it is dropped: the tool for "run these, keep none of them past me".
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let mut set = tokio::task::JoinSet::new();
/// leakcheck::task::spawn_in(&mut set, "fast", async { 1 });
/// leakcheck::task::spawn_in(&mut set, "never", std::future::pending());
/// assert_eq!(set.join_next().await.unwrap().unwrap(), 1);
/// drop(set); // aborts `never`
/// # });
/// ```
///
/// # Panics
///
/// Outside a tokio runtime, as `JoinSet::spawn` does.
#[track_caller]
pub fn spawn_in<F>(set: &mut JoinSet<F::Output>, name: impl Into<String>, future: F) -> AbortHandle
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let registration = Registration::new(Kind::Task, name.into(), Location::caller());
    set.spawn(async move {
        let _running = registration;
        future.await
    })
}

/// How many tasks spawned with [`spawn`] or [`spawn_in`] are still alive
/// (not yet dropped).
pub fn running() -> usize {
    registry::count(Kind::Task)
}
