//! Fan-in: merge many tokio channels into one.
//!
//! The port of Go's `merge(cs ...<-chan int) <-chan int`, which starts one
//! goroutine per input to copy its values to a single output, and one more
//! that waits (with a `sync.WaitGroup`) for the copies to finish and then
//! closes the output. In Rust each copying task owns a clone of the output's
//! sender, so the output closes by itself when the last task ends: no
//! WaitGroup and no closing goroutine.

use tokio::sync::mpsc::{Receiver, channel};

/// Merges `inputs` into one receiver.
///
/// Every value sent on any input comes out of the returned receiver exactly
/// once, and each input's values keep their order. The inputs are read at the
/// same time, so a quiet input does not hold up the others. The returned
/// receiver is closed once every input is closed and drained. Dropping it
/// stops the merge: each input is then dropped as soon as its next value finds
/// no one to take it.
///
/// Must be called within a tokio runtime: it spawns one task per input.
pub fn merge<T: Send + 'static>(inputs: Vec<Receiver<T>>) -> Receiver<T> {
    let (tx, rx) = channel(inputs.len().max(1));
    for mut input in inputs {
        let tx = tx.clone();
        tokio::spawn(async move {
            while let Some(value) = input.recv().await {
                if tx.send(value).await.is_err() {
                    break; // the merged receiver is gone: stop copying
                }
            }
        });
    }
    // The original sender is dropped here: only the tasks' clones keep the
    // output open.
    rx
}
