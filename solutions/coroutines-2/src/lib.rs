//! Blocking calls from async code without stalling the runtime: tokio's
//! `spawn_blocking`, asyncio's `loop.run_in_executor(None, f, arg)`.
//!
//! A blocking function (a synchronous database client, a DNS lookup, a big
//! hash) called straight from a task holds its worker thread until it
//! returns; on a one-thread runtime nothing else runs meanwhile.
//! `spawn_blocking` runs it on tokio's blocking pool instead and gives the
//! task a `JoinHandle` to await.
//!
//! Run the tests with `cargo test -p coroutines-2`; ask for a hint with
//! `cargo course hint coroutines-2`.

use std::sync::Arc;

/// Calls the blocking `lookup` once per key, all of them at the same time on
/// tokio's blocking pool, and returns the answers in the order of `keys`.
///
/// The runtime that awaits this keeps running its other tasks while the
/// lookups block. A lookup that panics makes `lookup_all` panic with the
/// same payload.
pub async fn lookup_all<F>(keys: Vec<String>, lookup: F) -> Vec<String>
where
    F: Fn(&str) -> String + Send + Sync + 'static,
{
    let lookup = Arc::new(lookup);
    // Start them all first, then wait: they run at the same time.
    let jobs: Vec<_> = keys
        .into_iter()
        .map(|key| {
            let lookup = Arc::clone(&lookup);
            tokio::task::spawn_blocking(move || lookup(&key))
        })
        .collect();
    let mut answers = Vec::with_capacity(jobs.len());
    for job in jobs {
        match job.await {
            Ok(answer) => answers.push(answer),
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    answers
}
