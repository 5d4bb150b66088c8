//! A heartbeat that stops ticking when nobody listens, or when it is dropped.
//!
//! In Go, a `time.Ticker` that is never stopped, or a goroutine that loops on
//! `time.After` with no way out, keeps running after everyone has stopped
//! listening. A tokio task with an `interval` is the same: it must notice that
//! its listener is gone (the send fails) and must be cancelled when its owner
//! goes away (abort it when the handle is dropped).

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
    let task = leakcheck::task::spawn("heartbeat", async move {
        let mut ticker = time::interval_at(Instant::now() + period, period);
        for beat in 1.. {
            ticker.tick().await;
            if beats.send(beat).await.is_err() {
                return; // nobody listens any more
            }
        }
    });
    Heartbeat { task }
}

impl Drop for Heartbeat {
    fn drop(&mut self) {
        // Dropping a `JoinHandle` detaches the task; abort cancels it.
        self.task.abort();
    }
}
