//! The same relay, written with each channel library.
//!
//! Every `relay_*` function does what this Go function does: a producer sends
//! `values` in order on a channel of `capacity`, then closes it; the caller
//! receives until the channel is closed and returns what it got.
//!
//! ```go
//! func relay(values []uint32, capacity int) (got []uint32) {
//!     ch := make(chan uint32, capacity)
//!     go func() {
//!         for _, v := range values {
//!             ch <- v
//!         }
//!         close(ch)
//!     }()
//!     for v := range ch {
//!         got = append(got, v)
//!     }
//!     return got
//! }
//! ```
//!
//! Side by side they show where the libraries differ: which ones accept a
//! capacity of 0, how each one closes, and which ones are async. The async
//! ones spawn a task, so they must run inside a tokio runtime.

use std::sync::mpsc;
use std::thread;

/// The relay with [`std::sync::mpsc::sync_channel`]: threads only, one
/// receiver, no `len`. A capacity of `0` is a rendezvous.
///
/// ```
/// assert_eq!(channels::flavors::relay_std(vec![1, 2, 3], 0), [1, 2, 3]);
/// ```
// ANCHOR: std
pub fn relay_std(values: Vec<u32>, capacity: usize) -> Vec<u32> {
    let (tx, rx) = mpsc::sync_channel(capacity);
    let producer = thread::spawn(move || {
        for v in values {
            // Fails only once the receiver is gone; here it outlives us.
            tx.send(v).expect("the receiver is alive");
        }
        // `tx` is dropped here: that is `close(ch)`.
    });
    let got = rx.iter().collect();
    producer.join().expect("the producer panicked");
    got
}
// ANCHOR_END: std

/// The relay with [`crossbeam_channel::bounded`]: threads, many receivers,
/// `select!`, `len` and `capacity`. A capacity of `0` is a rendezvous.
///
/// A scoped thread is joined when its scope ends, so it cannot be forgotten.
///
/// ```
/// assert_eq!(channels::flavors::relay_crossbeam(vec![1, 2, 3], 0), [1, 2, 3]);
/// ```
// ANCHOR: crossbeam
pub fn relay_crossbeam(values: Vec<u32>, capacity: usize) -> Vec<u32> {
    let (tx, rx) = crossbeam_channel::bounded(capacity);
    thread::scope(|scope| {
        scope.spawn(move || {
            for v in values {
                tx.send(v).expect("the receiver is alive");
            }
        });
        rx.iter().collect()
    })
}
// ANCHOR_END: crossbeam

/// The relay with [`flume::bounded`]: one channel for threads and async tasks
/// alike. A capacity of `0` is a rendezvous.
///
/// The producer is a plain thread using the blocking `send`; the consumer is
/// this async function, using `recv_async`.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// assert_eq!(channels::flavors::relay_flume(vec![1, 2, 3], 0).await, [1, 2, 3]);
/// # });
/// ```
// ANCHOR: flume
pub async fn relay_flume(values: Vec<u32>, capacity: usize) -> Vec<u32> {
    let (tx, rx) = flume::bounded(capacity);
    let producer = thread::spawn(move || {
        for v in values {
            tx.send(v).expect("the receiver is alive"); // blocks this thread
        }
    });
    let mut got = Vec::new();
    while let Ok(v) = rx.recv_async().await {
        got.push(v); // waits without blocking the runtime
    }
    // The producer has dropped its sender already: this join is immediate.
    producer.join().expect("the producer panicked");
    got
}
// ANCHOR_END: flume

/// The relay with [`async_channel::bounded`]: async, many receivers, an
/// explicit `close()` on either end.
///
/// `async_channel::bounded(0)` panics: there is no rendezvous, so a capacity
/// of `0` becomes `1`.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// assert_eq!(channels::flavors::relay_async_channel(vec![1, 2, 3], 0).await, [1, 2, 3]);
/// # });
/// ```
// ANCHOR: async_channel
pub async fn relay_async_channel(values: Vec<u32>, capacity: usize) -> Vec<u32> {
    let (tx, rx) = async_channel::bounded(capacity.max(1));
    let producer = tokio::spawn(async move {
        for v in values {
            tx.send(v).await.expect("the receiver is alive");
        }
        tx.close(); // Go's close(ch), by name; dropping `tx` would do too
    });
    let mut got = Vec::new();
    while let Ok(v) = rx.recv().await {
        got.push(v);
    }
    producer.await.expect("the producer panicked");
    got
}
// ANCHOR_END: async_channel

/// The relay with [`tokio::sync::mpsc::channel`]: async, one receiver,
/// `tokio::select!`.
///
/// `mpsc::channel(0)` panics: there is no rendezvous, so a capacity of `0`
/// becomes `1`.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// assert_eq!(channels::flavors::relay_tokio(vec![1, 2, 3], 0).await, [1, 2, 3]);
/// # });
/// ```
// ANCHOR: tokio
pub async fn relay_tokio(values: Vec<u32>, capacity: usize) -> Vec<u32> {
    let (tx, mut rx) = tokio::sync::mpsc::channel(capacity.max(1));
    let producer = tokio::spawn(async move {
        for v in values {
            tx.send(v).await.expect("the receiver is alive");
        }
    });
    let mut got = Vec::new();
    while let Some(v) = rx.recv().await {
        got.push(v);
    }
    producer.await.expect("the producer panicked");
    got
}
// ANCHOR_END: tokio
