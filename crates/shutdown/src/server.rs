//! A TCP job server that shuts down gracefully.
//!
//! The protocol is one line each way: a client sends `job <id>`; the server
//! answers `accepted <id>` at once, works, then answers `done <id>` (or
//! `abandoned <id>` if the shutdown deadline cut the job short) and closes.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// What happened to the jobs, by id.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Every job the server answered `accepted`.
    pub accepted: BTreeSet<u64>,
    /// Jobs that finished.
    pub completed: BTreeSet<u64>,
    /// Jobs the shutdown deadline stopped, reported to their client.
    pub abandoned: BTreeSet<u64>,
}

/// How the server works and stops.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// How long one job takes.
    pub work: Duration,
    /// How long in-flight jobs get to finish once shutdown starts.
    pub grace: Duration,
}

// ANCHOR: serve
/// Serves jobs on `listener` until `shutdown` is cancelled; then stops
/// accepting (the listener is dropped, so new connections are refused), gives
/// in-flight jobs `config.grace` to finish, abandons (and reports) those
/// still running, and returns what happened to every job. `stopped_accepting`
/// is called once the listener is closed.
pub async fn serve(
    listener: TcpListener,
    shutdown: CancellationToken,
    config: Config,
    stopped_accepting: impl FnOnce(),
) -> Summary {
    let summary = Arc::new(Mutex::new(Summary::default()));
    let tracker = TaskTracker::new();
    let abandon = CancellationToken::new(); // fired when the grace period ends
    loop {
        tokio::select! {
            () = shutdown.cancelled() => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let (summary, abandon) = (Arc::clone(&summary), abandon.clone());
                tracker.spawn(handle(stream, summary, abandon, config.work));
            }
        }
    }
    drop(listener); // stop accepting: connect() is refused from here on
    stopped_accepting();
    tracker.close();
    if tokio::time::timeout(config.grace, tracker.wait())
        .await
        .is_err()
    {
        abandon.cancel(); // the deadline: each job still running reports itself
        tracker.wait().await;
    }
    summary.lock().unwrap().clone()
}
// ANCHOR_END: serve

async fn handle(
    stream: TcpStream,
    summary: Arc<Mutex<Summary>>,
    abandon: CancellationToken,
    work: Duration,
) {
    let (read, mut write) = stream.into_split();
    let mut line = String::new();
    if BufReader::new(read).read_line(&mut line).await.is_err() {
        return;
    }
    let Some(id) = line
        .trim()
        .strip_prefix("job ")
        .and_then(|id| id.parse::<u64>().ok())
    else {
        let _ = write.write_all(b"error: expected `job <id>`\n").await;
        return;
    };
    summary.lock().unwrap().accepted.insert(id);
    let _ = write.write_all(format!("accepted {id}\n").as_bytes()).await;
    let finished = abandon
        .run_until_cancelled(tokio::time::sleep(work))
        .await
        .is_some();
    let reply = {
        let mut summary = summary.lock().unwrap();
        if finished {
            summary.completed.insert(id);
            format!("done {id}\n")
        } else {
            summary.abandoned.insert(id);
            format!("abandoned {id}\n")
        }
    };
    let _ = write.write_all(reply.as_bytes()).await;
}
