//! context in tokio: `timeout`, `timeout_at` and `CancellationToken`. The port
//! of `go/waitgroup_context/main.go`.

use std::time::Duration;
use tokio::time::{Instant, timeout, timeout_at};
use tokio_util::sync::CancellationToken;
use waitgroup::context::count_ticks;

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let parent = CancellationToken::new();

    // A timeout wraps the wait itself: `Err(Elapsed)` is "deadline exceeded".
    let short = timeout(Duration::from_millis(20), parent.child_token().cancelled()).await;
    let short_why = if short.is_err() {
        "deadline exceeded"
    } else {
        "canceled"
    };
    println!("short child: {short_why}");
    let parent_why = if parent.is_cancelled() {
        "canceled"
    } else {
        "still live"
    };
    println!("parent: {parent_why}");

    // A deadline is a timeout given as a point in time.
    let deadline = Instant::now() + Duration::from_millis(20);
    let dl = timeout_at(deadline, parent.child_token().cancelled()).await;
    let dl_why = if dl.is_err() {
        "deadline exceeded"
    } else {
        "canceled"
    };
    println!("deadline child: {dl_why}");

    // Cancelling the parent cancels every child token.
    let child = parent.child_token();
    let worker = tokio::spawn(count_ticks(child.clone(), Duration::from_millis(1)));
    tokio::time::sleep(Duration::from_millis(10)).await;
    parent.cancel();
    let _ticks = worker.await.expect("the worker does not panic");
    let why = if child.is_cancelled() {
        "canceled"
    } else {
        "still live"
    };
    println!("worker stopped: {why}");
}
// ANCHOR_END: main
