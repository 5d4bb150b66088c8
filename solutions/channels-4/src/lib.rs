//! Go's channel, built by hand: a queue, a `Mutex` and two `Condvar`s.
//!
//! [`channel(n)`](channel) behaves like Go's `make(chan T, n)`: `0` makes a
//! rendezvous channel, where a send returns only once a receiver has taken
//! the value. [`Sender::close`] is Go's `close(ch)`, and dropping the last
//! [`Sender`] closes the channel too. [`Receiver::recv`] returns `None` once
//! the channel is closed and drained (Go's `ok == false`). A send on a closed
//! channel, or with every [`Receiver`] gone, hands the value back in
//! [`SendError`] where Go would panic or block forever.
//!
//! The primitives come from the `sync` module, which switches to loom's under
//! `--cfg loom`, so that the graded loom models can check every interleaving.

/// The synchronisation primitives the channel is built from: std's in a
/// normal build, loom's under `RUSTFLAGS="--cfg loom"`.
mod sync {
    #[cfg(loom)]
    pub(crate) use loom::sync::{Arc, Condvar, Mutex, MutexGuard};

    #[cfg(not(loom))]
    pub(crate) use std::sync::{Arc, Condvar, Mutex, MutexGuard};
}

use std::collections::VecDeque;
use std::error::Error;
use std::fmt;
use std::sync::PoisonError;

use crate::sync::{Arc, Condvar, Mutex, MutexGuard};

/// What both ends share.
struct Shared<T> {
    state: Mutex<State<T>>,
    /// `0` makes a rendezvous channel; fixed at creation, so read without the lock.
    capacity: usize,
    /// Senders wait here: for room, for their value to be taken, or for close.
    to_senders: Condvar,
    /// Receivers wait here: for a value, or for close.
    to_receivers: Condvar,
}

struct State<T> {
    queue: VecDeque<T>,
    /// `close()` was called or the last `Sender` dropped.
    closed: bool,
    senders: usize,
    receivers: usize,
    /// Receivers blocked in `recv`. In a rendezvous channel each one is room
    /// for exactly one value.
    parked_receivers: usize,
    /// How many values were ever queued, and how many ever taken. The queue is
    /// FIFO, so the value queued as number `n` has been taken once `taken > n`.
    queued: u64,
    taken: u64,
}

impl<T> State<T> {
    /// Whether a send may queue a value now.
    fn has_room(&self, capacity: usize) -> bool {
        if capacity == 0 {
            // No buffer: only a receiver already waiting can take a value.
            self.queue.len() < self.parked_receivers
        } else {
            self.queue.len() < capacity
        }
    }
}

impl<T> Shared<T> {
    /// Locks the state. No code of the caller's runs while the lock is held
    /// (values are only moved in and out), so a poisoned lock still guards a
    /// consistent state and is simply taken over.
    fn lock(&self) -> MutexGuard<'_, State<T>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'a>(&self, on: &Condvar, guard: MutexGuard<'a, State<T>>) -> MutexGuard<'a, State<T>> {
        on.wait(guard).unwrap_or_else(PoisonError::into_inner)
    }
}

/// Creates a channel that holds up to `capacity` values, like Go's
/// `make(chan T, capacity)`; `0` makes an unbuffered (rendezvous) channel.
///
/// Both ends can be cloned (Go channels have many senders and many receivers).
pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    let shared = Arc::new(Shared {
        state: Mutex::new(State {
            queue: VecDeque::new(),
            closed: false,
            senders: 1,
            receivers: 1,
            parked_receivers: 0,
            queued: 0,
            taken: 0,
        }),
        capacity,
        to_senders: Condvar::new(),
        to_receivers: Condvar::new(),
    });
    let receiver = Receiver {
        shared: Arc::clone(&shared),
    };
    (Sender { shared }, receiver)
}

/// The sending end, Go's `chan<- T`. Cloning it adds a sender; the channel
/// closes when the last one is dropped.
pub struct Sender<T> {
    shared: Arc<Shared<T>>,
}

/// The receiving end, Go's `<-chan T`. Cloning it adds a receiver; each value
/// goes to exactly one of them.
pub struct Receiver<T> {
    shared: Arc<Shared<T>>,
}

/// The value a send could not deliver, handed back: the channel was closed,
/// or every [`Receiver`] was gone. (Go panics instead: `send on closed channel`.)
#[derive(PartialEq, Eq, Clone, Copy)]
pub struct SendError<T>(pub T);

impl<T> SendError<T> {
    /// The value that was not sent.
    pub fn into_inner(self) -> T {
        self.0
    }
}

// Like std's `SendError`: no `T: Debug` bound, so `send(v).unwrap()` works
// for any `T`.
impl<T> fmt::Debug for SendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SendError(..)")
    }
}

impl<T> fmt::Display for SendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Go's panic message, word for word.
        f.write_str("send on closed channel")
    }
}

impl<T> Error for SendError<T> {}

impl<T> Sender<T> {
    /// Sends `value`, waiting while the channel is full; `ch <- value` in Go.
    ///
    /// On a rendezvous channel it returns only once a receiver has taken the
    /// value. It fails, handing `value` back, if the channel is closed or every
    /// [`Receiver`] is gone, before or while it waits.
    pub fn send(&self, value: T) -> Result<(), SendError<T>> {
        let shared = &*self.shared;
        let mut state = shared.lock();
        loop {
            if state.closed || state.receivers == 0 {
                return Err(SendError(value));
            }
            if state.has_room(shared.capacity) {
                break;
            }
            state = shared.wait(&shared.to_senders, state);
        }
        state.queue.push_back(value);
        let ticket = state.queued;
        state.queued += 1;
        shared.to_receivers.notify_one();

        if shared.capacity == 0 {
            // The room was a parked receiver, which takes the value whatever
            // happens next (a close included): this wait always ends.
            while state.taken <= ticket {
                state = shared.wait(&shared.to_senders, state);
            }
        }
        Ok(())
    }

    /// Closes the channel, like Go's `close(ch)`: later sends fail, and
    /// receivers get the values already buffered, then `None`.
    ///
    /// Returns `true` if this call closed it, `false` if it was already closed
    /// (where Go panics: `close of closed channel`).
    pub fn close(&self) -> bool {
        let mut state = self.shared.lock();
        let newly = !state.closed;
        state.closed = true;
        drop(state);
        if newly {
            self.shared.to_receivers.notify_all();
            self.shared.to_senders.notify_all();
        }
        newly
    }

    /// How many values are buffered, Go's `len(ch)`; always `0` on a
    /// rendezvous channel. Only a snapshot: other threads may change it at once.
    pub fn len(&self) -> usize {
        len(&self.shared)
    }

    /// Whether no value is buffered (`len() == 0`).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The buffer's size, Go's `cap(ch)`; `0` for a rendezvous channel.
    pub fn cap(&self) -> usize {
        self.shared.capacity
    }
}

impl<T> Receiver<T> {
    /// Receives a value, waiting until one is sent; Go's `v, ok := <-ch`.
    ///
    /// Returns `None` once the channel is closed and every buffered value has
    /// been received: `None` is Go's `ok == false`.
    pub fn recv(&self) -> Option<T> {
        let shared = &*self.shared;
        let mut state = shared.lock();
        loop {
            if let Some(value) = state.queue.pop_front() {
                state.taken += 1;
                // Wakes both kinds of waiting sender: the one whose value this
                // was, and any waiting for room. (`notify_one` could pick the
                // wrong kind and leave the other asleep.)
                shared.to_senders.notify_all();
                return Some(value);
            }
            if state.closed {
                return None;
            }
            state.parked_receivers += 1;
            if shared.capacity == 0 {
                // This receiver is now room for one value: tell the senders.
                shared.to_senders.notify_all();
            }
            state = shared.wait(&shared.to_receivers, state);
            state.parked_receivers -= 1;
        }
    }

    /// Receives until the channel is closed and drained; Go's
    /// `for v := range ch`.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        std::iter::from_fn(|| self.recv())
    }

    /// How many values are buffered, Go's `len(ch)`; always `0` on a
    /// rendezvous channel.
    pub fn len(&self) -> usize {
        len(&self.shared)
    }

    /// Whether no value is buffered (`len() == 0`).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The buffer's size, Go's `cap(ch)`; `0` for a rendezvous channel.
    pub fn cap(&self) -> usize {
        self.shared.capacity
    }
}

fn len<T>(shared: &Shared<T>) -> usize {
    // A rendezvous channel holds a value only during a hand-over: Go reports 0.
    shared.lock().queue.len().min(shared.capacity)
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        self.shared.lock().senders += 1;
        Sender {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<T> Clone for Receiver<T> {
    fn clone(&self) -> Self {
        self.shared.lock().receivers += 1;
        Receiver {
            shared: Arc::clone(&self.shared),
        }
    }
}

impl<T> Drop for Sender<T> {
    /// The last sender closes the channel: nobody is left to send.
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.senders -= 1;
        if state.senders == 0 && !state.closed {
            state.closed = true;
            drop(state);
            self.shared.to_receivers.notify_all();
        }
    }
}

impl<T> Drop for Receiver<T> {
    /// After the last receiver, sends fail: nobody is left to receive.
    fn drop(&mut self) {
        let mut state = self.shared.lock();
        state.receivers -= 1;
        if state.receivers == 0 {
            drop(state);
            self.shared.to_senders.notify_all();
        }
    }
}
