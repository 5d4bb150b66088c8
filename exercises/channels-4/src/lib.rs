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
//!
//! Run the tests with `cargo test -p channels-4`, then the loom models with
//! `RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p channels-4`;
//! ask for a hint with `cargo course hint channels-4`.
//!
//! TODO: fill in `Shared` below, then every `todo!()` and the two `Drop`s.
//! Import `Mutex`, `Condvar` and `Arc` from `crate::sync`, never from
//! `std::sync` (loom must see every one of them).

/// The synchronisation primitives the channel is built from: std's in a
/// normal build, loom's under `RUSTFLAGS="--cfg loom"`. Ready to use.
#[allow(unused_imports)] // until your channel uses them all
mod sync {
    #[cfg(loom)]
    pub(crate) use loom::sync::{Arc, Condvar, Mutex, MutexGuard};

    #[cfg(not(loom))]
    pub(crate) use std::sync::{Arc, Condvar, Mutex, MutexGuard};
}

use std::error::Error;
use std::fmt;

use crate::sync::Arc;

/// What both ends share.
struct Shared<T> {
    // TODO: replace this marker with the channel's state: a `Mutex` around the
    // queue (a `VecDeque<T>`), whether the channel is closed, and how many
    // senders and receivers there are; the capacity; and two `Condvar`s, one
    // that senders wait on and one that receivers wait on. A rendezvous
    // channel also needs to know when a value has been taken: count the values
    // queued and taken, and the receivers waiting in `recv`.
    _todo: std::marker::PhantomData<T>,
}

/// Creates a channel that holds up to `capacity` values, like Go's
/// `make(chan T, capacity)`; `0` makes an unbuffered (rendezvous) channel.
///
/// Both ends can be cloned (Go channels have many senders and many receivers).
pub fn channel<T>(capacity: usize) -> (Sender<T>, Receiver<T>) {
    // TODO: build one `Shared` in an `Arc` (one sender, one receiver, open)
    // and give each end a clone of the `Arc`.
    todo!()
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
///
/// Ready to use.
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
        // TODO: lock the state. In a loop: if the channel is closed or has no
        // receivers left, return `Err(SendError(value))`; if there is room,
        // stop looping; otherwise wait on the senders' condvar. Then queue the
        // value and wake a receiver. With capacity 0 there is no buffer: "room"
        // means a receiver is waiting in `recv` for a value, and the send must
        // then wait until its own value has been taken before returning.
        todo!()
    }

    /// Closes the channel, like Go's `close(ch)`: later sends fail, and
    /// receivers get the values already buffered, then `None`.
    ///
    /// Returns `true` if this call closed it, `false` if it was already closed
    /// (where Go panics: `close of closed channel`).
    pub fn close(&self) -> bool {
        // TODO: mark the channel closed, and wake everyone who waits: blocked
        // senders must fail, blocked receivers must return `None`.
        todo!()
    }

    /// How many values are buffered, Go's `len(ch)`; always `0` on a
    /// rendezvous channel. Only a snapshot: other threads may change it at once.
    pub fn len(&self) -> usize {
        // TODO: the number of values queued, but never more than the capacity.
        todo!()
    }

    /// Whether no value is buffered (`len() == 0`).
    pub fn is_empty(&self) -> bool {
        // TODO
        todo!()
    }

    /// The buffer's size, Go's `cap(ch)`; `0` for a rendezvous channel.
    pub fn cap(&self) -> usize {
        // TODO
        todo!()
    }
}

impl<T> Receiver<T> {
    /// Receives a value, waiting until one is sent; Go's `v, ok := <-ch`.
    ///
    /// Returns `None` once the channel is closed and every buffered value has
    /// been received: `None` is Go's `ok == false`.
    pub fn recv(&self) -> Option<T> {
        // TODO: lock the state. In a loop: if a value is queued, take it, wake
        // the senders and return it; if the channel is closed, return `None`;
        // otherwise wait on the receivers' condvar (in a rendezvous channel,
        // count yourself as a waiting receiver and wake the senders first:
        // you are the room a sender needs).
        todo!()
    }

    /// Receives until the channel is closed and drained; Go's
    /// `for v := range ch`.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        // TODO: an iterator that calls `recv` until it returns `None`.
        std::iter::from_fn(|| todo!())
    }

    /// How many values are buffered, Go's `len(ch)`; always `0` on a
    /// rendezvous channel.
    pub fn len(&self) -> usize {
        // TODO
        todo!()
    }

    /// Whether no value is buffered (`len() == 0`).
    pub fn is_empty(&self) -> bool {
        // TODO
        todo!()
    }

    /// The buffer's size, Go's `cap(ch)`; `0` for a rendezvous channel.
    pub fn cap(&self) -> usize {
        // TODO
        todo!()
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Self {
        // TODO: count one more sender, and share the same `Arc`.
        todo!()
    }
}

impl<T> Clone for Receiver<T> {
    fn clone(&self) -> Self {
        // TODO: count one more receiver, and share the same `Arc`.
        todo!()
    }
}

impl<T> Drop for Sender<T> {
    /// The last sender closes the channel: nobody is left to send.
    fn drop(&mut self) {
        // TODO: count one sender less; if it was the last, close the channel
        // and wake the receivers. (No `todo!()` here: a panic in `drop` while
        // a test is already failing would abort the whole test run.)
    }
}

impl<T> Drop for Receiver<T> {
    /// After the last receiver, sends fail: nobody is left to receive.
    fn drop(&mut self) {
        // TODO: count one receiver less; if it was the last, wake the senders
        // so that they fail instead of waiting forever.
    }
}
