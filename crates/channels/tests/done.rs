//! Go's `close(done)` wakes every receiver; in Rust the channel that does it
//! depends on what is sent to whom. Each claim of the chapter's table on done
//! channels is a test here.
#![cfg(not(loom))]

use std::thread;
use std::time::Duration;
use tokio::sync::broadcast::{self, error::RecvError};
use tokio::sync::{oneshot, watch};

graded::tests! {
    /// Dropping the last `watch::Sender` wakes every receiver, and a receiver
    /// that asks after that sees the close at once, as after a Go `close`.
    async fn dropping_the_watch_sender_wakes_every_receiver_like_close() {
        let (tx, rx) = watch::channel(());
        let waiters: Vec<_> = (0..3)
            .map(|_| {
                let mut rx = rx.clone();
                tokio::spawn(async move { rx.changed().await.is_err() })
            })
            .collect();
        drop(tx);
        for waiter in waiters {
            assert!(waiter.await.unwrap(), "changed() should report the close");
        }
        let mut late = rx.clone();
        assert!(late.changed().await.is_err(), "a late receiver should see the close at once");
    }

    /// With threads, crossbeam's receivers are clones of one channel: when the
    /// last sender is dropped, every thread blocked in `recv` gets `Err`.
    fn dropping_the_crossbeam_sender_wakes_every_receiving_thread() {
        let (tx, rx) = crossbeam_channel::bounded::<()>(0);
        let (woke_tx, woke) = crossbeam_channel::unbounded();
        let waiters: Vec<_> = (0..3)
            .map(|_| {
                let (rx, woke_tx) = (rx.clone(), woke_tx.clone());
                thread::spawn(move || woke_tx.send(rx.recv().is_err()).unwrap())
            })
            .collect();
        drop(tx);
        for _ in 0..3 {
            let closed = woke
                .recv_timeout(Duration::from_secs(5))
                .expect("a receiver was not woken by the drop: likely deadlock");
            assert!(closed, "recv should report the disconnection");
        }
        for waiter in waiters {
            waiter.join().unwrap();
        }
    }

    /// A broadcast channel gives every receiver every value, then `Closed`
    /// once the senders are gone; a Go channel gives each value to one.
    async fn broadcast_gives_every_receiver_every_value() {
        let (tx, mut first) = broadcast::channel(8);
        let mut second = tx.subscribe();
        for v in 1..=3 {
            tx.send(v).unwrap();
        }
        drop(tx);
        for rx in [&mut first, &mut second] {
            let mut got = Vec::new();
            loop {
                match rx.recv().await {
                    Ok(v) => got.push(v),
                    Err(RecvError::Closed) => break,
                    Err(lagged) => panic!("nobody should lag here: {lagged}"),
                }
            }
            assert_eq!(got, [1, 2, 3], "every receiver should get every value");
        }
    }

    /// `broadcast` never makes its sender wait: a receiver that falls more
    /// than the capacity behind loses the oldest values and is told how many.
    async fn a_broadcast_receiver_that_falls_behind_is_told_it_lagged() {
        let (tx, mut rx) = broadcast::channel(2);
        for v in 1..=5 {
            tx.send(v).unwrap();
        }
        assert_eq!(rx.recv().await, Err(RecvError::Lagged(3)));
        assert_eq!(rx.recv().await, Ok(4));
        assert_eq!(rx.recv().await, Ok(5));
    }

    /// A oneshot is a value sent once to one receiver; a sender dropped
    /// without sending tells the receiver so, like a closed done channel.
    async fn a_oneshot_sends_once_or_reports_its_sender_gone() {
        let (tx, rx) = oneshot::channel();
        tx.send(42).unwrap();
        assert_eq!(rx.await, Ok(42));
        let (tx, rx) = oneshot::channel::<u32>();
        drop(tx);
        assert!(rx.await.is_err(), "a dropped sender should close the oneshot");
    }
}
