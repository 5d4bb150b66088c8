//! Two things Go's `sync.Once` leaves to the reader: what happens when the
//! function passed to `Do` calls `Do` on the same `Once`, and how to run an
//! initializer that has to wait (an async one) without blocking a thread.
#![cfg(not(loom))]

use std::io::{BufRead, BufReader};
use std::panic::{self, AssertUnwindSafe};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tokio::sync::OnceCell;

/// How long the parent waits for the child to reach the reentrant call.
const PATIENCE: Duration = Duration::from_secs(10);

// ANCHOR: async_once
/// Reads the address once, for whichever task asks first; the tasks that ask
/// meanwhile wait for that read without blocking their thread. A read that
/// fails leaves the cell empty, and the next caller reads again.
async fn address(
    cell: &OnceCell<String>,
    reads: &AtomicUsize,
    source: Result<&str, &str>,
) -> Result<String, String> {
    let value = cell
        .get_or_try_init(|| async {
            reads.fetch_add(1, Ordering::SeqCst);
            tokio::task::yield_now().await; // reading takes a while
            source.map(str::to_owned).map_err(str::to_owned)
        })
        .await?;
    Ok(value.clone())
}
// ANCHOR_END: async_once

graded::tests! {
    /// Eight tasks ask at once; the first runs the initializer, the others
    /// wait for it, and all get its value.
    async fn tokio_once_cell_runs_one_initializer_for_concurrent_callers() {
        let cell = Arc::new(OnceCell::new());
        let reads = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let (cell, reads) = (Arc::clone(&cell), Arc::clone(&reads));
                tokio::spawn(async move { address(&cell, &reads, Ok("127.0.0.1:8080")).await })
            })
            .collect();
        for task in tasks {
            assert_eq!(task.await.unwrap().as_deref(), Ok("127.0.0.1:8080"));
        }
        assert_eq!(reads.load(Ordering::SeqCst), 1, "the address should be read once");
    }

    /// A failed `get_or_try_init` leaves the cell empty and the next call
    /// runs its initializer; Go's `Once` counts a failed `Do` as done.
    async fn tokio_once_cell_tries_again_after_a_failure() {
        let (cell, reads) = (OnceCell::new(), AtomicUsize::new(0));
        let missing = Err("config file missing");
        assert_eq!(address(&cell, &reads, missing).await, Err("config file missing".into()));
        assert!(cell.get().is_none(), "a failure should leave the cell empty");
        assert_eq!(
            address(&cell, &reads, Ok("127.0.0.1:8080")).await.as_deref(),
            Ok("127.0.0.1:8080")
        );
        assert_eq!(reads.load(Ordering::SeqCst), 2);
    }

    /// An initializer dropped before it finished (its task cancelled, or the
    /// losing branch of a `select!`) leaves the cell empty, not stuck.
    async fn a_cancelled_initializer_leaves_the_cell_for_the_next_caller() {
        let cell = OnceCell::new();
        let gave_up = tokio::select! {
            biased;
            _ = cell.get_or_init(std::future::pending) => false,
            () = std::future::ready(()) => true,
        };
        assert!(gave_up && cell.get().is_none());
        assert_eq!(*cell.get_or_init(|| async { 7 }).await, 7);
    }

    // ANCHOR: reentrant
    /// Initializing a `std::cell::OnceCell` from inside its own initializer
    /// panics ("reentrant init"); while the initializer runs, `OnceLock::get`
    /// says the cell is empty instead of waiting.
    fn a_reentrant_once_cell_panics_and_once_lock_get_does_not_wait() {
        let cell = std::cell::OnceCell::new();
        let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
            *cell.get_or_init(|| *cell.get_or_init(|| 1) + 1)
        }));
        let payload = outcome.expect_err("a reentrant init should panic");
        let message = graded::panic_message(&*payload);
        assert!(message.contains("reentrant init"), "it panicked with: {message}");

        let lock = OnceLock::new();
        let seen_inside = lock.get_or_init(|| lock.get().copied().unwrap_or(0) + 1);
        assert_eq!(*seen_inside, 1, "inside its initializer the lock should read as empty");
    }
    // ANCHOR_END: reentrant
}

/// `OnceLock::get_or_init` called from inside its own initializer waits for
/// itself forever, as Go's `Do` inside `Do` does (std documents the outcome
/// as unspecified; the current implementation deadlocks). Run in a child
/// process, which is killed once it has been seen stuck.
#[test]
fn a_reentrant_once_lock_deadlocks() {
    if std::env::var_os("ONCE_REENTRANT_CHILD").is_some() {
        let lock = OnceLock::new();
        let _ = lock.get_or_init(|| {
            println!("inside the initializer, calling get_or_init again");
            *lock.get_or_init(|| 1) + 1
        });
        println!("returned");
        return;
    }
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "a_reentrant_once_lock_deadlocks", "--nocapture"])
        .env("ONCE_REENTRANT_CHILD", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (lines_tx, lines) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines_tx.send(line);
        }
    });
    let reached = loop {
        match lines.recv_timeout(PATIENCE) {
            Ok(line) if line.contains("calling get_or_init again") => break true,
            Ok(_) => continue,
            Err(_) => break false,
        }
    };
    // Past that line it returns at once or never: a second of silence with
    // stdout still open means the child is still inside, waiting.
    let after = lines.recv_timeout(Duration::from_secs(1));
    let still_inside = matches!(after, Err(RecvTimeoutError::Timeout));
    child.kill().unwrap();
    let status = child.wait().unwrap();
    reader.join().unwrap();
    assert!(reached, "the child never reached the reentrant call");
    assert!(
        still_inside,
        "the reentrant get_or_init should have waited for itself; after the call the child \
         printed {after:?} and exited with {status}"
    );
}
