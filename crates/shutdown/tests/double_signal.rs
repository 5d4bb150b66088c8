//! Real SIGINTs sent to this test process (with the `kill` command, as an
//! operator would): once tokio has a handler for SIGINT, a SIGINT no longer
//! kills the process, even with no `Signal` left to hear it, so the second
//! Ctrl-C has to be handled by the program itself.
//!
//! One test in its own binary: a signal goes to the whole process, so no
//! other test may run beside it.

use std::process::Command;
use std::time::Duration;

use shutdown::signals::second_signal;
use tokio::signal::unix::{SignalKind, signal};
use tokio::time::timeout;
use tokio_util::sync::CancellationToken;

/// A bound for every wait on a signal.
const PATIENCE: Duration = Duration::from_secs(5);

/// `kill -INT <this process>`.
fn send_sigint() {
    let pid = std::process::id().to_string();
    let status = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -INT {pid} failed");
}

// ANCHOR: double_signal
#[tokio::test]
async fn the_first_sigint_starts_the_drain_and_the_second_forces_the_exit() {
    // `signal` registers at once (`ctrl_c()` only when first polled).
    let mut sigint = signal(SignalKind::interrupt()).unwrap();
    let graceful = CancellationToken::new();
    let watcher = tokio::spawn({
        let graceful = graceful.clone();
        async move { second_signal(&mut sigint, &graceful).await }
    });

    send_sigint();
    timeout(PATIENCE, graceful.cancelled())
        .await
        .expect("the first SIGINT starts the graceful shutdown");
    assert!(!watcher.is_finished(), "one signal is not two");

    send_sigint(); // still alive: tokio's handler took the first one
    timeout(PATIENCE, watcher)
        .await
        .expect("the second SIGINT says: exit now")
        .unwrap();

    // Every `Signal` is dropped now, and SIGINT still does not kill: the
    // default action is not restored for the rest of the process.
    send_sigint();
    let mut again = signal(SignalKind::interrupt()).unwrap();
    send_sigint();
    timeout(PATIENCE, again.recv())
        .await
        .expect("the process outlived a SIGINT nobody listened for");
}
// ANCHOR_END: double_signal
