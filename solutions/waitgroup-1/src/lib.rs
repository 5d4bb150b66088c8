//! `try_join_all`: Go's errgroup for futures, with results.
//!
//! Run every future as its own task, collect their results in input order,
//! and stop at the first error: return it at once, and abort every task still
//! running. Go's errgroup can only cancel a context and hope each goroutine
//! looks at it; a tokio task is stopped at its next `.await` whether it looks
//! or not.
//!
//! Run the tests with `cargo test -p waitgroup-1`; ask for a hint with
//! `cargo course hint waitgroup-1`.

use std::future::Future;
use tokio::task::JoinSet;

/// Runs every future concurrently, each as a tokio task, and returns their
/// values in the order of `futures`, or the first error to *happen* (in time,
/// not in input order).
///
/// On an error, every task still running is aborted before this returns: when
/// `try_join_all` has returned, none of them runs any further and each has
/// been dropped. A task that panics makes `try_join_all` panic with the same
/// payload.
///
/// Must be called within a tokio runtime.
pub async fn try_join_all<T, E, F>(futures: Vec<F>) -> Result<Vec<T>, E>
where
    F: Future<Output = Result<T, E>> + Send + 'static,
    T: Send + 'static,
    E: Send + 'static,
{
    let mut tasks = JoinSet::new();
    for (index, future) in futures.into_iter().enumerate() {
        tasks.spawn(async move { (index, future.await) });
    }
    let mut values: Vec<Option<T>> = std::iter::repeat_with(|| None).take(tasks.len()).collect();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok((index, Ok(value))) => values[index] = Some(value),
            Ok((_, Err(err))) => {
                // Abort the rest and wait until each one is dropped.
                tasks.shutdown().await;
                return Err(err);
            }
            Err(join_error) => std::panic::resume_unwind(join_error.into_panic()),
        }
    }
    Ok(values
        .into_iter()
        .map(|value| value.expect("every task reported"))
        .collect())
}
