//! select-4: a batcher driven by a ticker.

use std::time::Duration;
use tokio::sync::mpsc;

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
    // TODO: a ticker from `tokio::time::interval_at(Instant::now() + every,
    // every)` (plain `interval` ticks at once), a `Vec` of pending values,
    // and a loop over `tokio::select!` with a branch for `input.recv()` and
    // one for `ticker.tick()`. `std::mem::take` hands the batch over and
    // leaves an empty one.
    todo!()
}
