//! Every library's relay delivers the same values in the same order, and
//! the pitfalls behave as the chapter says.
#![cfg(not(loom))]

use channels::{flavors, pitfalls};
use std::sync::{Arc, Mutex};

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
