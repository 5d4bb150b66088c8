//! A program that stops gracefully on SIGTERM or SIGINT.
//!
//! It reads jobs from its standard input, one `job <id>` per line, and
//! reports on its standard output: `accepted <id>` when it takes a job,
//! `done <id>` when the job ends. When it gets SIGTERM or SIGINT it stops
//! reading (no new job is accepted), prints `shutdown on <signal>`, lets the
//! jobs in flight finish within a grace period, and reports any the deadline
//! stops as `abandoned <id>`. Every accepted job ends up done or abandoned,
//! and the program exits by itself. The binary `shutdown-2` (in `src/bin/`)
//! wires this to the real standard input and output.
//!
//! Run the tests with `cargo test -p shutdown-2`; ask for a hint with
//! `cargo course hint shutdown-2`.

use std::io;
use std::time::Duration;
use tokio::io::{AsyncBufRead, AsyncBufReadExt};
use tokio::signal::unix::{Signal, SignalKind, signal};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// How long a job takes, and how long jobs in flight get after a signal.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// How long each job runs.
    pub work: Duration,
    /// The grace period after the signal.
    pub grace: Duration,
}

/// What happened, in counts.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Jobs printed as `accepted`.
    pub accepted: usize,
    /// Jobs printed as `done`.
    pub completed: usize,
    /// Jobs printed as `abandoned`.
    pub abandoned: usize,
}

/// SIGTERM and SIGINT, registered: from [`ShutdownSignal::register`] on, those
/// signals no longer kill the process but wake [`ShutdownSignal::recv`].
#[derive(Debug)]
pub struct ShutdownSignal {
    terminate: Signal,
    interrupt: Signal,
}

impl ShutdownSignal {
    /// Registers for SIGTERM and SIGINT. Call it before telling anyone you
    /// are ready: a signal that comes earlier kills the process.
    ///
    /// Must be called within a tokio runtime.
    pub fn register() -> io::Result<Self> {
        Ok(ShutdownSignal {
            terminate: signal(SignalKind::terminate())?,
            interrupt: signal(SignalKind::interrupt())?,
        })
    }

    /// Waits for either signal; returns `"SIGTERM"` or `"SIGINT"`.
    pub async fn recv(&mut self) -> &'static str {
        tokio::select! {
            _ = self.terminate.recv() => "SIGTERM",
            _ = self.interrupt.recv() => "SIGINT",
        }
    }
}

/// Reads `job <id>` lines from `input` and runs each job as a task, printing
/// the protocol lines on standard output, until `signal` fires or the input
/// ends; then finishes as described in the crate documentation (after the
/// end of the input: waits for every job, no deadline) and returns the counts.
/// Lines that are not `job <id>` are ignored.
pub async fn serve<R: AsyncBufRead + Unpin>(
    input: R,
    config: Config,
    mut signal: ShutdownSignal,
) -> Summary {
    let tracker = TaskTracker::new();
    let abandon = CancellationToken::new();
    let mut summary = Summary::default();
    let (outcomes_tx, mut outcomes) = tokio::sync::mpsc::unbounded_channel();
    let mut lines = input.lines();
    let signalled = loop {
        tokio::select! {
            name = signal.recv() => break Some(name),
            line = lines.next_line() => {
                let Ok(Some(line)) = line else { break None }; // the input ended
                let Some(id) = line.trim().strip_prefix("job ").and_then(|id| id.parse::<u64>().ok()) else {
                    continue;
                };
                println!("accepted {id}");
                summary.accepted += 1;
                let (abandon, outcomes_tx) = (abandon.clone(), outcomes_tx.clone());
                tracker.spawn(async move {
                    let done = abandon.run_until_cancelled(tokio::time::sleep(config.work)).await.is_some();
                    println!("{} {id}", if done { "done" } else { "abandoned" });
                    let _ = outcomes_tx.send(done);
                });
            }
        }
    };
    drop(outcomes_tx);
    tracker.close();
    if let Some(name) = signalled {
        println!("shutdown on {name}");
        if tokio::time::timeout(config.grace, tracker.wait())
            .await
            .is_err()
        {
            abandon.cancel();
        }
    }
    tracker.wait().await;
    while let Some(done) = outcomes.recv().await {
        if done {
            summary.completed += 1;
        } else {
            summary.abandoned += 1;
        }
    }
    summary
}
