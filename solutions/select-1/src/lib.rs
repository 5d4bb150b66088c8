//! select-1: a receive loop that gives up when its channel goes quiet.

use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

/// Why [`recv_until_idle`] stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// Every sender was dropped (Go: the channel was closed).
    Closed,
    /// Nothing arrived for the whole idle time.
    Idle,
}

/// Receives from `rx` until it closes, or until nothing has arrived for
/// `idle` (measured from the last value, or from the start). Returns the
/// values received, in order, and why it stopped.
pub async fn recv_until_idle<T>(rx: &mut mpsc::Receiver<T>, idle: Duration) -> (Vec<T>, Ended) {
    let mut got = Vec::new();
    loop {
        // A fresh timer each time round: here that is the point, the
        // silence is measured since the last value.
        tokio::select! {
            msg = rx.recv() => match msg {
                Some(v) => got.push(v),
                None => return (got, Ended::Closed),
            },
            () = sleep(idle) => return (got, Ended::Idle),
        }
    }
}
