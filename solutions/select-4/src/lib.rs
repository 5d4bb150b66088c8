//! select-4: a batcher driven by a ticker.

use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, MissedTickBehavior, interval_at};

/// Groups the values of `input` into batches sent on `output`.
///
/// A batch is sent as soon as it holds `max` values; otherwise, on each
/// tick of a ticker of period `every` (first tick `every` after the start,
/// then on that schedule; a full batch does not reset it), whatever has
/// gathered is sent, and nothing when nothing has. When `input` closes, the
/// rest is sent and the function returns. It also returns if `output`'s
/// receiver is gone.
///
/// # Panics
///
/// If `max` is 0 or `every` is zero.
pub async fn batch<T>(
    mut input: mpsc::Receiver<T>,
    max: usize,
    every: Duration,
    output: mpsc::Sender<Vec<T>>,
) {
    assert!(max > 0, "batch: a batch must be allowed at least one value");
    let mut ticker = interval_at(Instant::now() + every, every);
    ticker.set_missed_tick_behavior(MissedTickBehavior::Skip);
    let mut pending = Vec::with_capacity(max);
    loop {
        tokio::select! {
            value = input.recv() => match value {
                Some(value) => {
                    pending.push(value);
                    if pending.len() == max
                        && output.send(std::mem::take(&mut pending)).await.is_err()
                    {
                        return;
                    }
                }
                None => {
                    if !pending.is_empty() {
                        let _ = output.send(pending).await;
                    }
                    return;
                }
            },
            _ = ticker.tick() => {
                if !pending.is_empty() && output.send(std::mem::take(&mut pending)).await.is_err() {
                    return;
                }
            }
        }
    }
}
