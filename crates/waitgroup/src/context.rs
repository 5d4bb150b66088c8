//! `context.Context` in tokio: cancellation tokens, timeouts and trackers.

use std::time::Duration;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

// ANCHOR: ticker
/// Counts ticks every `period` until `token` is cancelled; returns the count.
///
/// Go's worker loops on `select { case <-ctx.Done(): return; case <-tick: }`.
/// `run_until_cancelled` is that select: it runs the future unless the token
/// is cancelled first, and then gives `None`.
pub async fn count_ticks(token: CancellationToken, period: Duration) -> u64 {
    let mut ticks = 0;
    while token
        .run_until_cancelled(tokio::time::sleep(period))
        .await
        .is_some()
    {
        ticks += 1;
    }
    ticks
}
// ANCHOR_END: ticker

// ANCHOR: tracker
/// Starts `workers` tasks that each count ticks until `token` is cancelled,
/// then waits for all of them with a `TaskTracker` and returns the total.
///
/// `TaskTracker` is a WaitGroup for tasks: `spawn` is `Add(1)` + `go`, a task
/// ending is `Done`, `close` + `wait` is `Wait`. `close` does not stop
/// spawning (a closed tracker still takes tasks, and `reopen` undoes it): it
/// only lets `wait` return once the tracker is also empty. It keeps no
/// results, so the counts come back over a channel.
pub async fn tracked_workers(workers: usize, token: CancellationToken, period: Duration) -> u64 {
    let tracker = TaskTracker::new();
    let (counts, mut received) = tokio::sync::mpsc::unbounded_channel();
    for _ in 0..workers {
        let (token, counts) = (token.child_token(), counts.clone());
        tracker.spawn(async move {
            let _ = counts.send(count_ticks(token, period).await);
        });
    }
    drop(counts);
    tracker.close(); // we spawn no more: `wait` may return once all have ended
    tracker.wait().await;
    let mut total = 0;
    while let Some(count) = received.recv().await {
        total += count;
    }
    total
}
// ANCHOR_END: tracker
