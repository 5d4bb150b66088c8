//! `map_bounded`: `errgroup.SetLimit` with results in order.
//!
//! Run an async function over many items, at most `limit` at a time, and
//! return the outputs in the order of the items. A tokio `Semaphore` holds
//! the limit; each task carries an owned permit, so a slot frees when the task
//! ends, however it ends.
//!
//! Run the tests with `cargo test -p bounded-1`; ask for a hint with
//! `cargo course hint bounded-1`.

use std::future::Future;

/// Runs `f(item)` for every item as tokio tasks, never more than `limit` at
/// once (and `limit` at once whenever enough work is left), and returns the
/// outputs in the order of `items`.
///
/// A call `f(item)` is made only once a slot is free, so no more than `limit`
/// futures exist at any time.
///
/// # Panics
///
/// If `limit` is 0 (nothing could ever run), or if a task panics.
pub async fn map_bounded<T, U, F, Fut>(items: Vec<T>, limit: usize, f: F) -> Vec<U>
where
    F: Fn(T) -> Fut,
    Fut: Future<Output = U> + Send + 'static,
    U: Send + 'static,
{
    // TODO: make an `Arc<tokio::sync::Semaphore>` with `limit` permits. For
    // each item (with its index): take a permit with `acquire_owned().await`
    // *before* calling `f`, then spawn a task into a `JoinSet` that awaits the
    // future, drops the permit and returns `(index, output)`. Put the outputs
    // back in order at the end.
    todo!()
}
