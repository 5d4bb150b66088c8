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
    // TODO: spawn each future into a `tokio::task::JoinSet`, tagged with its
    // index. Take results with `join_next().await` as they finish, storing
    // each value in its slot. On the first `Err`, abort the others and wait
    // for them to be gone (`JoinSet::shutdown`), then return the error. A
    // `JoinError` from a panic: `std::panic::resume_unwind(e.into_panic())`.
    todo!()
}
