//! The asyncio crawler with a limit: fetch many pages at once, at most
//! `limit` at a time, and cancel every fetch when the crawl is dropped.
//!
//! Python bounds `asyncio.gather` with an `asyncio.Semaphore`; Go with a
//! buffered channel used as a semaphore. Here a tokio `Semaphore` bounds the
//! fetches and a `JoinSet` owns them, so dropping the crawl aborts them all.
//!
//! Run the tests with `cargo test -p coroutines-1`; ask for a hint with
//! `cargo course hint coroutines-1`.

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use coroutines::http::{Page, fetch};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Fetches every path from `addr` with [`fetch`], at most `limit` at a time
/// (a `limit` of 0 counts as 1), and returns the results in the order of
/// `paths`.
///
/// The fetches overlap: while one waits for the server the others run. If
/// the returned future is dropped before it finishes, every fetch it started
/// is cancelled.
pub async fn crawl(addr: SocketAddr, paths: Vec<String>, limit: usize) -> Vec<io::Result<Page>> {
    let permits = Arc::new(Semaphore::new(limit.max(1)));
    // A JoinSet aborts the tasks it still holds when it is dropped.
    let mut fetches = JoinSet::new();
    for (index, path) in paths.iter().cloned().enumerate() {
        let permits = Arc::clone(&permits);
        fetches.spawn(async move {
            let _permit = permits.acquire_owned().await.expect("never closed");
            (index, fetch(addr, &path).await)
        });
    }
    let mut results: Vec<Option<io::Result<Page>>> = paths.iter().map(|_| None).collect();
    while let Some(done) = fetches.join_next().await {
        let (index, result) = done.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
        results[index] = Some(result);
    }
    results
        .into_iter()
        .map(|r| r.expect("every fetch reports once"))
        .collect()
}
