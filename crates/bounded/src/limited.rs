//! A limit on tokio tasks: `Semaphore` with owned permits, or a `JoinSet`
//! kept at `n` tasks.

use std::future::Future;
use std::sync::Arc;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

// ANCHOR: semaphore
/// Runs `job(item)` for every item as tasks, at most `limit` at once; returns
/// the outputs in completion order. `errgroup.SetLimit(limit)` in Go.
///
/// The permit is acquired *before* the spawn, so the loop itself waits for a
/// free slot (no task is created just to wait), and moved *into* the task, so
/// the slot frees when the task ends, however it ends: returned, panicked or
/// aborted.
pub async fn for_each_limited<I, F, Fut, T>(items: I, limit: usize, job: F) -> Vec<T>
where
    I: IntoIterator,
    F: Fn(I::Item) -> Fut,
    Fut: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let permits = Arc::new(Semaphore::new(limit));
    let mut tasks = JoinSet::new();
    for item in items {
        let permit = Arc::clone(&permits)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let work = job(item);
        tasks.spawn(async move {
            let output = work.await;
            drop(permit); // a slot frees here (or when the task is dropped)
            output
        });
    }
    tasks.join_all().await
}
// ANCHOR_END: semaphore

// ANCHOR: joinset
/// The same limit without a semaphore: never hold more than `limit` tasks in
/// the `JoinSet`; wait for one to finish before spawning the next.
pub async fn for_each_in_window<I, F, Fut, T>(items: I, limit: usize, job: F) -> Vec<T>
where
    I: IntoIterator,
    F: Fn(I::Item) -> Fut,
    Fut: Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    assert!(limit > 0, "a limit of 0 would never run anything");
    let mut tasks = JoinSet::new();
    let mut outputs = Vec::new();
    for item in items {
        if tasks.len() == limit {
            outputs.push(
                tasks
                    .join_next()
                    .await
                    .expect("not empty")
                    .expect("no panic"),
            );
        }
        tasks.spawn(job(item));
    }
    while let Some(done) = tasks.join_next().await {
        outputs.push(done.expect("no panic"));
    }
    outputs
}
// ANCHOR_END: joinset
