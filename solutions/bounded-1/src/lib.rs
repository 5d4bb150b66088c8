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
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

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
    assert!(
        limit > 0,
        "map_bounded: a limit of 0 would never run anything"
    );
    let permits = Arc::new(Semaphore::new(limit));
    let mut tasks = JoinSet::new();
    let count = items.len();
    for (index, item) in items.into_iter().enumerate() {
        let permit = Arc::clone(&permits)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let work = f(item);
        tasks.spawn(async move {
            let output = work.await;
            drop(permit);
            (index, output)
        });
    }
    let mut outputs: Vec<Option<U>> = std::iter::repeat_with(|| None).take(count).collect();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok((index, output)) => outputs[index] = Some(output),
            Err(err) => std::panic::resume_unwind(err.into_panic()),
        }
    }
    outputs
        .into_iter()
        .map(|o| o.expect("every task reported"))
        .collect()
}
