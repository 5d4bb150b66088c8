//! select-1: a receive loop that gives up when its channel goes quiet.

use std::time::Duration;
use tokio::sync::mpsc;

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
    // TODO: loop over a `tokio::select!` with two branches: `rx.recv()` (a
    // value: keep it; `None`: the channel closed) and a `tokio::time::sleep`
    // of `idle` (nothing came in time). Think about where the sleep is
    // created: the silence is measured from the last value.
    todo!()
}
