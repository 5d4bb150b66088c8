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
    // TODO: today this would call `lookup(&key)` right here, on the
    // runtime's thread, and stall every other task. Run each call with
    // `tokio::task::spawn_blocking` instead: start all of them before
    // awaiting any, keep the answers in the order of `keys`, and pass a
    // lookup's panic on to the caller.
    todo!()
}
