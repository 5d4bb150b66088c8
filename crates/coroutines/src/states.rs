//! A future's life, made visible: Python's four coroutine states
//! (Pending, Running, Done, Cancelled) recorded by a hand-written future.
//!
//! A Rust future is a value with one method, [`Future::poll`]. Nothing runs
//! until an executor polls it; each poll runs it until it must wait
//! ([`Poll::Pending`], after arranging a wake-up through the [`Context`]'s
//! waker) or until it finishes ([`Poll::Ready`]). Cancelling a future is
//! dropping it: it is never polled again, and its destructors run.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

/// Where a coroutine is in its life, as asyncio names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Created, or waiting to be polled again.
    Pending,
    /// Inside `poll`: its code is running on some thread.
    Running,
    /// `poll` returned `Ready`: it will never run again.
    Done,
    /// Dropped before it finished: `abort`, a lost `select!` branch, a timeout.
    Cancelled,
}

/// The states a [`Tracked`] future went through, shared with whoever watches.
#[derive(Debug, Clone, Default)]
pub struct StateLog(Arc<Mutex<Vec<State>>>);

impl StateLog {
    /// An empty log.
    pub fn new() -> StateLog {
        StateLog::default()
    }

    /// Everything recorded so far, in order.
    pub fn states(&self) -> Vec<State> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn push(&self, state: State) {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(state);
    }
}

// ANCHOR: tracked
/// Wraps a future and records its state at every step in a [`StateLog`].
pub struct Tracked<F> {
    // Boxed so that `Tracked` is `Unpin` whatever `F` is: polling a boxed
    // future needs no unsafe pin projection.
    inner: Pin<Box<F>>,
    log: StateLog,
    finished: bool,
}

impl<F: Future> Tracked<F> {
    /// Wraps `inner`; records `Pending` at once (created, not yet run).
    pub fn new(inner: F, log: &StateLog) -> Tracked<F> {
        log.push(State::Pending);
        Tracked {
            inner: Box::pin(inner),
            log: log.clone(),
            finished: false,
        }
    }
}

impl<F: Future> Future for Tracked<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.log.push(State::Running);
        let poll = self.inner.as_mut().poll(cx);
        match poll {
            Poll::Ready(_) => {
                self.finished = true;
                self.log.push(State::Done);
            }
            // The inner future has registered `cx.waker()` with whatever it
            // waits for: it will be polled again once that is ready.
            Poll::Pending => self.log.push(State::Pending),
        }
        poll
    }
}

impl<F> Drop for Tracked<F> {
    fn drop(&mut self) {
        // Dropped before it finished: that is all cancellation is in Rust.
        if !self.finished {
            self.log.push(State::Cancelled);
        }
    }
}
// ANCHOR_END: tracked

// ANCHOR: yield_now
/// A future that is `Pending` `times` times before it is `Ready`: the
/// smallest hand-written future that waits (tokio's `yield_now`, repeated).
#[derive(Debug)]
pub struct YieldTimes {
    /// How many more times to return `Pending`.
    pub times: u32,
}

impl Future for YieldTimes {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.times == 0 {
            return Poll::Ready(());
        }
        self.times -= 1;
        // Returning Pending without arranging a wake-up would leave this
        // future asleep for ever: ask to be polled again straight away.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: yield_now
