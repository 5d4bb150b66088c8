//! A future by hand: `poll`, `Poll::Pending`, `Poll::Ready` and the waker.
//!
//! An `async fn` is compiled into a value whose `poll` runs it up to its next
//! `.await`. Writing `poll` yourself shows the contract every future keeps:
//! return `Ready(value)` when done; otherwise arrange for the context's waker
//! to be woken when it is worth polling again, then return `Pending`. A future
//! that returns `Pending` without arranging a wake-up is never polled again.
//!
//! Run the tests with `cargo test -p coroutines-3`; ask for a hint with
//! `cargo course hint coroutines-3`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A future that gives the executor back its thread `times` times before it
/// finishes, and then returns how many times it was polled.
///
/// Like `tokio::task::yield_now` repeated: each `Pending` lets other tasks
/// run, and each one wakes the task at once so that it is polled again.
#[derive(Debug)]
pub struct Countdown {
    remaining: u32,
    polls: u32,
}

impl Countdown {
    /// A countdown that returns `Pending` `times` times.
    pub fn new(times: u32) -> Countdown {
        Countdown {
            remaining: times,
            polls: 0,
        }
    }

    /// How many times it has been polled so far.
    pub fn polls(&self) -> u32 {
        self.polls
    }
}

impl Future for Countdown {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        // TODO: count this poll. While `remaining` is above zero, take one
        // off, wake the task (`cx.waker().wake_by_ref()`) so that it is polled
        // again, and return `Poll::Pending`. Then return `Poll::Ready` with
        // the number of polls.
        todo!()
    }
}
