//! Every library's relay delivers the same values in the same order, and
//! the pitfalls behave as the chapter says.
#![cfg(not(loom))]

use channels::{flavors, pitfalls};
use std::future::Future;
use std::pin::pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

fn values() -> Vec<u32> {
    (0..200).collect()
}

graded::tests! {
    /// std and crossbeam, rendezvous and buffered.
    fn thread_relays_deliver_every_value_in_order() {
        for capacity in [0, 1, 16] {
            assert_eq!(flavors::relay_std(values(), capacity), values());
            assert_eq!(flavors::relay_crossbeam(values(), capacity), values());
        }
    }

    /// flume, async-channel and tokio; a capacity of 0 must not panic.
    async fn async_relays_deliver_every_value_in_order() {
        for capacity in [0, 1, 16] {
            assert_eq!(flavors::relay_flume(values(), capacity).await, values());
            assert_eq!(
                flavors::relay_async_channel(values(), capacity).await,
                values()
            );
            assert_eq!(flavors::relay_tokio(values(), capacity).await, values());
        }
    }

    // ANCHOR: flume_rendezvous
    /// flume's `bounded(0)` is a rendezvous for async tasks too: `send_async`
    /// stays pending, its value held outside the channel, until a receiver
    /// takes it, and a waiting `recv_async` is the room for exactly one value.
    /// (Polled by hand with a no-op waker: no runtime, no timing.)
    fn flume_bounded_zero_is_a_rendezvous_for_async_too() {
        let mut cx = Context::from_waker(Waker::noop());
        let (tx, rx) = flume::bounded(0);
        assert_eq!(tx.try_send(0), Err(flume::TrySendError::Full(0)), "no receiver: no room");

        let mut send = pin!(tx.send_async(1));
        assert!(send.as_mut().poll(&mut cx).is_pending(), "no receiver yet: the send waits");
        assert_eq!(tx.len(), 0, "a rendezvous buffers nothing");
        assert_eq!(rx.try_recv(), Ok(1), "a receiver takes the value from the waiting sender");
        assert_eq!(send.as_mut().poll(&mut cx), Poll::Ready(Ok(())));

        let mut recv = pin!(rx.recv_async());
        assert!(recv.as_mut().poll(&mut cx).is_pending(), "no sender yet: the receive waits");
        assert_eq!(tx.try_send(2), Ok(()), "the waiting receiver is the room");
        assert_eq!(tx.try_send(3), Err(flume::TrySendError::Full(3)), "room for one value only");
        assert_eq!(recv.as_mut().poll(&mut cx), Poll::Ready(Ok(2)));
    }
    // ANCHOR_END: flume_rendezvous

    /// An unbounded channel queues everything; a bounded one pushes back.
    fn unbounded_queues_everything_and_bounded_pushes_back() {
        assert_eq!(pitfalls::unbounded_never_pushes_back(100_000), 100_000);
        assert_eq!(pitfalls::bounded_pushes_back(100_000, 16), 16);
        assert_eq!(pitfalls::bounded_pushes_back(100_000, 0), 0);
    }

    /// The fixed future can be spawned, and it logs then forwards.
    async fn a_guard_dropped_before_await_can_be_spawned() {
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, mut rx) = tokio::sync::mpsc::channel(1);
        let task = tokio::spawn(pitfalls::log_then_forward(Arc::clone(&log), 9, tx));
        assert_eq!(rx.recv().await, Some(9));
        task.await.unwrap().unwrap();
        assert_eq!(*log.lock().unwrap(), [9]);
    }
}
