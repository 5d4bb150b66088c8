//! Fan-in: merge many tokio channels into one.
//!
//! The port of Go's `merge(cs ...<-chan int) <-chan int`, which starts one
//! goroutine per input to copy its values to a single output, and one more
//! that waits (with a `sync.WaitGroup`) for the copies to finish and then
//! closes the output. In Rust each copying task owns a clone of the output's
//! sender, so the output closes by itself when the last task ends: no
//! WaitGroup and no closing goroutine.
//!
//! Run the tests with `cargo test -p channels-3`; ask for a hint with
//! `cargo course hint channels-3`.

use tokio::sync::mpsc::Receiver;

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
    // TODO: make the output with `tokio::sync::mpsc::channel(n)` (n >= 1).
    // For each input, `tokio::spawn` a task that owns the input and a clone of
    // the output's sender, and copies values (`input.recv().await`, then
    // `tx.send(value).await`) until the input is closed or the send fails.
    // Make sure no sender outlives the tasks, or the output never closes.
    todo!()
}
