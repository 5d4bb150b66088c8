//! A heartbeat that stops ticking when nobody listens, or when it is dropped.
//!
//! In Go, a `time.Ticker` that is never stopped, or a goroutine that loops on
//! `time.After` with no way out, keeps running after everyone has stopped
//! listening.
//!
//! Run the tests with `cargo test -p leak-3`; ask for a hint with
//! `cargo course hint leak-3`.

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::{self, Instant};

/// The handle of a running heartbeat: dropping it stops the beats.
#[derive(Debug)]
pub struct Heartbeat {
    task: JoinHandle<()>,
}

/// Sends the beats 1, 2, 3, … on `beats`, one every `period`, the first one
/// `period` after the start (like Go's `time.NewTicker`). Stops once the
/// receiver is gone, or when the returned [`Heartbeat`] is dropped.
pub fn start_heartbeat(period: Duration, beats: mpsc::Sender<u64>) -> Heartbeat {
    // TODO: the beats arrive on time, but this heartbeat never stops: run
    // `cargo test -p leak-3` to see the task it leaves behind and where it
    // was spawned. Make it stop when nobody listens any more.
    let task = leakcheck::task::spawn("heartbeat", async move {
        let mut ticker = time::interval_at(Instant::now() + period, period);
        for beat in 1.. {
            ticker.tick().await;
            let _ = beats.send(beat).await;
        }
    });
    Heartbeat { task }
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        // TODO: and make it stop when the heartbeat is dropped. Dropping the
        // `JoinHandle` (which happens right after this) only detaches the task.
        let _ = &self.task;
    }
}
