//! A pipeline of threads: generate → square → sum.
//!
//! The port of the pipeline from Go's "Pipelines and cancellation": each stage
//! is a thread that receives from the stage before it and sends to the stage
//! after it. A stage closes its output by dropping its sender once its input
//! is closed, so the end of the input flows down the pipeline; and a stage
//! stops as soon as its output's receiver is gone, so dropping the last
//! receiver stops every stage above it: the cancellation that Go needs a
//! `done` channel for.

use std::sync::mpsc::{Receiver, sync_channel};
use std::thread::{self, JoinHandle};

/// How many values may wait between two stages. Bounded, so that a fast
/// stage cannot run far ahead of a slow one.
const BUFFER: usize = 16;

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
    let numbers = numbers.into_iter();
    let (tx, rx) = sync_channel(BUFFER);
    let handle = thread::spawn(move || {
        for n in numbers {
            if tx.send(n).is_err() {
                return; // downstream is gone: stop generating
            }
        }
    });
    (rx, handle)
}

/// Starts a thread that sends the square of every value from `input`, in
/// order, and closes its output once `input` is closed and drained. It stops
/// early if the returned receiver is dropped.
///
/// Returns the receiving end and the thread's handle.
pub fn square(input: Receiver<u64>) -> (Receiver<u64>, JoinHandle<()>) {
    let (tx, rx) = sync_channel(BUFFER);
    let handle = thread::spawn(move || {
        for n in input {
            if tx.send(n * n).is_err() {
                return; // dropping `input` here tells the stage above to stop
            }
        }
    });
    (rx, handle)
}

/// Adds up every value from `input` until it is closed.
pub fn sum(input: Receiver<u64>) -> u64 {
    input.iter().sum()
}

/// Runs `generate(numbers) → square → sum` and returns the sum of the squares,
/// once both stage threads have ended.
pub fn sum_of_squares(numbers: Vec<u64>) -> u64 {
    let (numbers, generator) = generate(numbers);
    let (squares, squarer) = square(numbers);
    let total = sum(squares);
    generator.join().expect("the generator panicked");
    squarer.join().expect("the squarer panicked");
    total
}
