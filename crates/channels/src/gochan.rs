//! A Go channel built by hand: a queue, a [`Mutex`] and two [`Condvar`]s.
//!
//! [`channel(n)`](channel) behaves like Go's `make(chan T, n)`:
//!
//! | Go                        | here                                        |
//! |---------------------------|---------------------------------------------|
//! | `ch := make(chan T)`      | `let (tx, rx) = channel(0)` (rendezvous)    |
//! | `ch := make(chan T, n)`   | `let (tx, rx) = channel(n)`                 |
//! | `ch <- v`                 | `tx.send(v)?`                               |
//! | `v, ok := <-ch`           | `rx.recv()`: `Some(v)`, or `None` once closed and drained |
//! | `for v := range ch`       | `for v in rx.iter()`                        |
//! | `close(ch)`               | `tx.close()`, or drop the last [`Sender`]   |
//! | `len(ch)`, `cap(ch)`      | `tx.len()`, `tx.cap()` (on either end)      |
//! | `chan<- T`, `<-chan T`    | [`Sender<T>`], [`Receiver<T>`]              |
//!
//! Where Go panics, this channel returns an error: a send on a closed channel
//! hands the value back in [`SendError`], and closing twice is a no-op that
//! returns `false`. Where Go blocks forever, this channel notices: once every
//! [`Receiver`] is gone, a send fails instead of waiting for a receiver that
//! can never come (the goroutine leak of Go's "first answer wins" pattern).
//!
//! # How it works
//!
//! All state lives in one [`Mutex`]. Senders wait on one [`Condvar`] (for
//! room, or for their value to be taken), receivers on the other (for a
//! value). A rendezvous channel (`capacity == 0`) has no buffer: a receiver
//! blocked in [`recv`](Receiver::recv) *is* the room for one value, and a send
//! returns only once a receiver has taken its value, as in Go.
//!
//! One difference from Go's runtime remains: order among blocked threads.
//! Go keeps blocked senders and receivers in FIFO queues (`sendq` and `recvq`
//! of `hchan`, `runtime/chan.go`) and serves the longest-waiting first; here
//! they all wait on a [`Condvar`], and whichever thread takes the lock first
//! after a wake-up goes first, so a sender that arrives later, or never had
//! to sleep, may overtake one that has been waiting. The buffered values
//! themselves are FIFO.
//!
//! The primitives come from the crate's `sync` module (`src/sync.rs`), which
//! switches to loom's under `--cfg loom`; `tests/loom_gochan.rs` checks the
//! channel under every interleaving of small models.
//!
//! # Example
//!
//! ```
//! use channels::gochan;
//! use std::thread;
//!
//! let (tx, rx) = gochan::channel(0); // make(chan i32): a rendezvous
//! let producer = thread::spawn(move || {
//!     for i in 1..=3 {
//!         tx.send(i).unwrap(); // returns once a receiver has taken `i`
//!     }
//!     // `tx` drops here: the channel closes, like `close(ch)`.
//! });
//! let received: Vec<i32> = rx.iter().collect(); // for v := range ch
//! assert_eq!(received, [1, 2, 3]);
//! producer.join().unwrap();
//! ```

use std::collections::VecDeque;
use std::error::Error;
use std::fmt;
use std::sync::PoisonError;

use crate::sync::{Arc, Condvar, Mutex, MutexGuard};

// ANCHOR: state
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
// ANCHOR_END: state

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
///
/// ```
/// let (tx, rx) = channels::gochan::channel(2);
/// tx.send("a").unwrap();
/// assert_eq!((tx.len(), tx.cap()), (1, 2));
/// assert_eq!(rx.recv(), Some("a"));
/// ```
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
    ///
    /// ```
    /// let (tx, rx) = channels::gochan::channel(1);
    /// tx.send(1).unwrap();
    /// tx.close();
    /// assert_eq!(tx.send(2).unwrap_err().into_inner(), 2);
    /// assert_eq!(rx.recv(), Some(1));
    /// ```
    // ANCHOR: send
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
    // ANCHOR_END: send

    /// Closes the channel, like Go's `close(ch)`: later sends fail, and
    /// receivers get the values already buffered, then `None`.
    ///
    /// Returns `true` if this call closed it, `false` if it was already closed
    /// (where Go panics: `close of closed channel`).
    ///
    /// ```
    /// let (tx, rx) = channels::gochan::channel::<i32>(0);
    /// assert!(tx.close());
    /// assert!(!tx.close());
    /// assert_eq!(rx.recv(), None);
    /// ```
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
    ///
    /// ```
    /// let (tx, rx) = channels::gochan::channel(1);
    /// tx.send(7).unwrap();
    /// drop(tx); // the last sender: closes the channel
    /// assert_eq!(rx.recv(), Some(7)); // buffered values first
    /// assert_eq!(rx.recv(), None); // then closed
    /// ```
    // ANCHOR: recv
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
    // ANCHOR_END: recv

    /// Receives until the channel is closed and drained; Go's
    /// `for v := range ch`.
    ///
    /// ```
    /// let (tx, rx) = channels::gochan::channel(3);
    /// for i in 0..3 {
    ///     tx.send(i).unwrap();
    /// }
    /// tx.close();
    /// assert_eq!(rx.iter().sum::<i32>(), 3);
    /// ```
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

// ANCHOR: drop
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
// ANCHOR_END: drop
