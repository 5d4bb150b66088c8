//! The chapter's claims about WaitGroup, context and errgroup, each a test
//! that fails if the claim is false. Time is tokio's paused clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tokio::time::{Instant, timeout};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use waitgroup::context::{count_ticks, tracked_workers};
use waitgroup::group::Group;

const PATIENCE: Duration = Duration::from_secs(2);

/// Sends on its channel when dropped: proves that a task's future was dropped.
struct OnDrop(Option<oneshot::Sender<()>>);

impl Drop for OnDrop {
    fn drop(&mut self) {
        if let Some(tx) = self.0.take() {
            let _ = tx.send(());
        }
    }
}

#[test]
fn scoped_threads_fill_every_slot() {
    let numbers: Vec<u64> = (0..64).collect();
    let expected: Vec<u64> = numbers.iter().map(|n| n * n).collect();
    for _ in 0..20 {
        assert_eq!(waitgroup::scoped::squares(&numbers), expected);
    }
}

#[test]
fn crossbeam_wait_group_waits_for_every_thread() {
    for _ in 0..20 {
        assert_eq!(
            waitgroup::latch::word_lengths(&["a", "bb", "ccc", "dddd", "eeeee"]),
            [1, 2, 3, 4, 5]
        );
    }
}

#[tokio::test(start_paused = true)]
async fn cancelling_a_parent_cancels_its_children_but_not_back() {
    let parent = CancellationToken::new();
    let child = parent.child_token();
    let grandchild = child.child_token();
    child.cancel();
    assert!(
        grandchild.is_cancelled(),
        "a child's cancel reaches its own children"
    );
    assert!(
        !parent.is_cancelled(),
        "a child's cancel never reaches its parent"
    );
    let sibling = parent.child_token();
    parent.cancel();
    assert!(sibling.is_cancelled());
}

#[tokio::test(start_paused = true)]
async fn a_drop_guard_cancels_when_dropped() {
    let token = CancellationToken::new();
    let guard = token.clone().drop_guard();
    assert!(!token.is_cancelled());
    drop(guard); // `defer cancel()`
    assert!(token.is_cancelled());
}

// ANCHOR: token_drop
#[tokio::test(start_paused = true)]
async fn dropping_a_token_does_not_cancel_it() {
    let parent = CancellationToken::new();
    let child = parent.child_token();
    drop(parent); // the last handle to the parent, and no `cancel()`
    assert!(!child.is_cancelled(), "dropping is not cancelling");
    // A task waiting on `child` waits on: a forgotten `cancel()`, as in Go.
    let waited = timeout(Duration::from_secs(3600), child.cancelled()).await;
    assert!(waited.is_err(), "nothing will ever cancel the child");

    // `drop_guard()` ties the cancel to a scope: `defer cancel()`.
    let parent = CancellationToken::new();
    let child = parent.child_token();
    {
        let _cancel_on_drop = parent.drop_guard();
    }
    assert!(child.is_cancelled());
}
// ANCHOR_END: token_drop

#[tokio::test(start_paused = true)]
async fn run_until_cancelled_stops_the_ticker() {
    let token = CancellationToken::new();
    let worker = tokio::spawn(count_ticks(token.clone(), Duration::from_millis(10)));
    tokio::time::sleep(Duration::from_millis(55)).await;
    token.cancel();
    let ticks = timeout(PATIENCE, worker)
        .await
        .expect("the ticker stops")
        .unwrap();
    assert_eq!(ticks, 5, "five whole periods passed before the cancel");
}

#[tokio::test(start_paused = true)]
async fn task_tracker_waits_for_every_worker() {
    let token = CancellationToken::new();
    let canceller = token.clone();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(35)).await;
        canceller.cancel();
    });
    let total = timeout(
        PATIENCE,
        tracked_workers(4, token, Duration::from_millis(10)),
    )
    .await
    .expect("the tracker returns once every worker ended");
    assert_eq!(
        total, 12,
        "each of 4 workers ticked 3 times before the cancel"
    );
}

// ANCHOR: closed_tracker
#[tokio::test(start_paused = true)]
async fn a_closed_tracker_still_spawns_and_wait_waits_for_it() {
    let tracker = TaskTracker::new();
    assert!(tracker.close());
    // Closed and empty: `wait` is done at once.
    timeout(PATIENCE, tracker.wait())
        .await
        .expect("closed and empty");

    // `close` does not refuse spawns: the task runs, and `wait` waits again.
    let (release, released) = oneshot::channel::<()>();
    let task = tracker.spawn(async move { released.await.is_ok() });
    assert!(tracker.is_closed());
    assert_eq!(tracker.len(), 1);
    assert!(
        timeout(Duration::from_secs(3600), tracker.wait())
            .await
            .is_err(),
        "a task spawned after `close` is waited for"
    );
    release.send(()).unwrap();
    timeout(PATIENCE, tracker.wait())
        .await
        .expect("closed and empty again");
    assert!(task.await.unwrap(), "the task ran to its end");

    // `reopen` undoes `close`: an empty open tracker does not finish waiting.
    assert!(tracker.reopen());
    assert!(timeout(PATIENCE, tracker.wait()).await.is_err());
}
// ANCHOR_END: closed_tracker

#[tokio::test(start_paused = true)]
async fn timeout_gives_up_on_a_future_and_drops_it() {
    let (tx, rx) = oneshot::channel();
    let guard = OnDrop(Some(tx));
    let start = Instant::now();
    let slow = async move {
        let _guard = guard;
        tokio::time::sleep(Duration::from_secs(60)).await;
    };
    assert!(timeout(Duration::from_millis(100), slow).await.is_err());
    assert_eq!(start.elapsed(), Duration::from_millis(100));
    assert!(rx.await.is_ok(), "the timed-out future was dropped");
}

#[tokio::test(start_paused = true)]
async fn dropping_a_join_set_aborts_its_tasks() {
    let finished = Arc::new(AtomicUsize::new(0));
    let mut set = JoinSet::new();
    let mut dropped = Vec::new();
    for _ in 0..5 {
        let (tx, rx) = oneshot::channel();
        dropped.push(rx);
        let finished = Arc::clone(&finished);
        set.spawn(async move {
            let _guard = OnDrop(Some(tx));
            tokio::time::sleep(Duration::from_secs(60)).await;
            finished.fetch_add(1, Ordering::SeqCst);
        });
    }
    tokio::task::yield_now().await; // let every task start and park
    drop(set);
    for rx in dropped {
        timeout(PATIENCE, rx)
            .await
            .expect("an aborted task is dropped")
            .unwrap();
    }
    tokio::time::sleep(Duration::from_secs(120)).await;
    assert_eq!(finished.load(Ordering::SeqCst), 0, "no aborted task ran on");
}

#[tokio::test(start_paused = true)]
async fn the_first_error_aborts_a_task_that_ignores_its_token() {
    {
        let finished = Arc::new(AtomicUsize::new(0));
        let mut group = Group::new();
        let (tx, dropped) = oneshot::channel();
        let counter = Arc::clone(&finished);
        group.spawn(move |_token| async move {
            let _guard = OnDrop(Some(tx));
            tokio::time::sleep(Duration::from_secs(60)).await; // never looks at the token
            counter.fetch_add(1, Ordering::SeqCst);
            Ok(())
        });
        group.spawn(|_token| async {
            tokio::time::sleep(Duration::from_millis(5)).await;
            Err("boom")
        });
        let start = Instant::now();
        assert_eq!(group.wait().await, Err("boom"));
        assert_eq!(
            start.elapsed(),
            Duration::from_millis(5),
            "wait returns at the error"
        );
        assert!(
            dropped.await.is_ok(),
            "the ignoring task was dropped by wait"
        );
        assert_eq!(finished.load(Ordering::SeqCst), 0);
    }
}

#[tokio::test(start_paused = true)]
async fn the_group_cancels_the_token_its_tasks_watch() {
    let mut group = Group::new();
    let (saw_tx, saw_rx) = oneshot::channel();
    group.spawn(move |token: CancellationToken| async move {
        let parked = token.clone();
        tokio::spawn(async move {
            parked.cancelled().await;
            let _ = saw_tx.send(());
        });
        token.cancelled().await;
        Ok(())
    });
    group.spawn(|_| async { Err("stop") });
    assert_eq!(group.wait().await, Err("stop"));
    timeout(PATIENCE, saw_rx)
        .await
        .expect("the task's token was cancelled")
        .unwrap();
}

#[tokio::test(start_paused = true)]
async fn a_group_without_errors_waits_for_all() {
    let done = Arc::new(AtomicUsize::new(0));
    let mut group: Group<()> = Group::new();
    for i in 0..10 {
        let done = Arc::clone(&done);
        group.spawn(move |_| async move {
            tokio::time::sleep(Duration::from_millis(i)).await;
            done.fetch_add(1, Ordering::SeqCst);
            Ok(())
        });
    }
    assert_eq!(group.wait().await, Ok(()));
    assert_eq!(done.load(Ordering::SeqCst), 10);
}
