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
use tokio::io::AsyncBufRead;
use tokio::signal::unix::Signal;

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
        // TODO: `tokio::signal::unix::signal(SignalKind::terminate())?` and the
        // same for `SignalKind::interrupt()`.
        todo!()
    }

    /// Waits for either signal; returns `"SIGTERM"` or `"SIGINT"`.
    pub async fn recv(&mut self) -> &'static str {
        // TODO: `tokio::select!` on both signals' `recv()`; name the one that came.
        todo!()
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
    // TODO: loop on `tokio::select!` between `signal.recv()` and the next
    // line of `input.lines()`. For each `job <id>` line: print
    // `accepted <id>`, then spawn on a `TaskTracker` a task that sleeps
    // `config.work` unless an "abandon" `CancellationToken` fires first, and
    // prints `done <id>` or `abandoned <id>`. Stop reading on the signal (print
    // `shutdown on <name>`, wait at most `config.grace`, then cancel the rest)
    // or at the end of the input (wait for everything). Count as you go.
    todo!()
}
