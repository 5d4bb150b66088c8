//! A pipeline of threads: generate → square → sum.
//!
//! The port of the pipeline from Go's "Pipelines and cancellation": each stage
//! is a thread that receives from the stage before it and sends to the stage
//! after it. A stage closes its output by dropping its sender once its input
//! is closed, so the end of the input flows down the pipeline; and a stage
//! stops as soon as its output's receiver is gone, so dropping the last
//! receiver stops every stage above it: the cancellation that Go needs a
//! `done` channel for.
//!
//! Run the tests with `cargo test -p channels-2`; ask for a hint with
//! `cargo course hint channels-2`.

use std::sync::mpsc::Receiver;
use std::thread::JoinHandle;

/// Starts a thread that sends every number of `numbers`, in order, then
/// closes the channel (by dropping its sender). `numbers` may be endless: the
/// thread stops as soon as the returned receiver is dropped.
///
/// Returns the receiving end and the thread's handle.
pub fn generate<I>(numbers: I) -> (Receiver<u64>, JoinHandle<()>)
where
    I: IntoIterator<Item = u64>,
    I::IntoIter: Send + 'static,
{
    // TODO: make a bounded channel (`std::sync::mpsc::sync_channel(16)`), and
    // spawn a thread (`std::thread::spawn`) that owns the sender and sends each
    // number; when a send fails, the receiver is gone: return. Return the
    // receiver and the thread's JoinHandle.
    todo!()
}

/// Starts a thread that sends the square of every value from `input`, in
/// order, and closes its output once `input` is closed and drained. It stops
/// early if the returned receiver is dropped.
///
/// Returns the receiving end and the thread's handle.
pub fn square(input: Receiver<u64>) -> (Receiver<u64>, JoinHandle<()>) {
    // TODO: like `generate`, but the thread receives from `input` until it is
    // closed (`for n in input`) and sends `n * n`. Stop when a send fails.
    todo!()
}

/// Adds up every value from `input` until it is closed.
pub fn sum(input: Receiver<u64>) -> u64 {
    // TODO: receive until the channel is closed, and add up what arrives.
    todo!()
}

/// Runs `generate(numbers) → square → sum` and returns the sum of the squares,
/// once both stage threads have ended.
pub fn sum_of_squares(numbers: Vec<u64>) -> u64 {
    // TODO: connect the three stages, then join both threads before returning.
    todo!()
}
