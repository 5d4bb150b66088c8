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

use coroutines::http::Page;

/// Fetches every path from `addr` with [`fetch`], at most `limit` at a time
/// (a `limit` of 0 counts as 1), and returns the results in the order of
/// `paths`.
///
/// The fetches overlap: while one waits for the server the others run. If
/// the returned future is dropped before it finishes, every fetch it started
/// is cancelled.
///
/// [`fetch`]: coroutines::http::fetch
pub async fn crawl(addr: SocketAddr, paths: Vec<String>, limit: usize) -> Vec<io::Result<Page>> {
    // TODO: start one fetch per path (`coroutines::http::fetch(addr, &path)`),
    // all at once, each waiting first for a permit from a shared
    // `tokio::sync::Semaphore` of `limit.max(1)` permits. Keep the fetches in
    // something that cancels them when dropped (a `tokio::task::JoinSet`), and
    // put each result back in its path's place.
    todo!()
}
