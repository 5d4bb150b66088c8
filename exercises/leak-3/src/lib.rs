//! A heartbeat that stops ticking when nobody listens, or when it is dropped.
//!
//! In Go, a `time.Ticker` that is never stopped, or a goroutine that loops on
//! `time.After` with no way out, keeps running after everyone has stopped
//! listening. A tokio task with an `interval` is the same.
//!
//! Run the tests with `cargo test -p leak-3`; ask for a hint with
//! `cargo course hint leak-3`.

use std::time::Duration;

use tokio::sync::mpsc;

/// The handle of a running heartbeat: dropping it stops the beats.
#[derive(Debug)]
pub struct Heartbeat {
    // TODO: the ticker task's `tokio::task::JoinHandle<()>`.
    _todo: (),
}

/// Sends the beats 1, 2, 3, … on `beats`, one every `period`, the first one
/// `period` after the start (like Go's `time.NewTicker`). Stops once the
/// receiver is gone, or when the returned [`Heartbeat`] is dropped.
pub fn start_heartbeat(period: Duration, beats: mpsc::Sender<u64>) -> Heartbeat {
    // TODO: spawn the ticker with `leakcheck::task::spawn("heartbeat", ...)`:
    // a `tokio::time::interval_at(Instant::now() + period, period)`, and a loop
    // that ticks and sends the next beat, and returns when the send fails.
    todo!()
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        // TODO: cancel the ticker task (dropping a `JoinHandle` only detaches it).
    }
}
