//! Graded tests for channels-4: a Go channel built from a Mutex and two
//! Condvars.
//!
//! A normal run (`cargo test -p channels-4`) runs the stress tests. A loom
//! run (`RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p
//! channels-4`) runs the models instead: loom tries every interleaving of
//! their threads and fails on a deadlock, a lost wake-up or a wrong value.

use channels_4::{SendError, channel};

#[cfg(not(loom))]
use std::thread;

/// `per_sender` values from each of `senders` threads through a channel of
/// `capacity` to `receivers` threads; returns every value received.
#[cfg(not(loom))]
fn crowd(capacity: usize, senders: u64, receivers: usize, per_sender: u64) -> Vec<u64> {
    let (tx, rx) = channel(capacity);
    thread::scope(|scope| {
        for s in 0..senders {
            let tx = tx.clone();
            scope.spawn(move || {
                for i in 0..per_sender {
                    tx.send(s * per_sender + i)
                        .expect("the channel closed early");
                }
            });
        }
        drop(tx); // the senders' clones keep the channel open, and close it when done
        let receiving: Vec<_> = (0..receivers)
            .map(|_| {
                let rx = rx.clone();
                scope.spawn(move || rx.iter().collect::<Vec<_>>())
            })
            .collect();
        drop(rx);
        receiving
            .into_iter()
            .flat_map(|receiver| receiver.join().expect("a receiver panicked"))
            .collect()
    })
}

/// Runs `model` under loom with a small preemption bound (unless
/// `LOOM_MAX_PREEMPTIONS` is set), so that it takes seconds.
#[cfg(loom)]
fn check(model: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(2);
    }
    builder.check(model);
}

graded::tests! {
    /// `len` and `cap` are Go's (both 0 for a rendezvous channel), and a
    /// buffered channel hands values out first in, first out.
    #[cfg(not(loom))]
    fn buffered_channel_is_fifo_with_go_len_and_cap() {
        let (tx, rx) = channel::<u8>(0);
        assert_eq!((tx.len(), tx.cap(), rx.len(), rx.cap()), (0, 0, 0, 0));

        let (tx, rx) = channel(3);
        assert!(tx.is_empty());
        tx.send('a').unwrap();
        tx.send('b').unwrap();
        assert_eq!((tx.len(), tx.cap()), (2, 3));
        assert_eq!(rx.recv(), Some('a'));
        assert_eq!((rx.len(), rx.cap()), (1, 3));
        assert_eq!(rx.recv(), Some('b'));
        assert!(rx.is_empty());
    }

    /// After `close`: sends fail and hand the value back, a second close
    /// returns false, receivers drain the buffer and then get `None`.
    #[cfg(not(loom))]
    fn close_fails_sends_and_lets_receivers_drain() {
        let (tx, rx) = channel(2);
        tx.send(1).unwrap();
        tx.send(2).unwrap();
        assert!(tx.close(), "the first close should return true");
        assert!(!tx.close(), "a second close should return false");
        assert_eq!(tx.send(3), Err(SendError(3)));
        assert_eq!(tx.len(), 2, "a failed send must not queue its value");
        assert_eq!(rx.iter().collect::<Vec<_>>(), [1, 2]);
        assert_eq!(rx.recv(), None);
    }

    /// The channel closes when the last sender is dropped, not before; once
    /// every receiver is gone, sends fail, even one that is already waiting.
    #[cfg(not(loom))]
    fn dropping_the_last_end_of_either_side_ends_the_channel() {
        let (tx, rx) = channel(1);
        let other = tx.clone();
        drop(tx);
        other
            .send(5)
            .expect("one sender is left: the channel is open");
        assert_eq!(rx.recv(), Some(5));
        drop(other);
        assert_eq!(
            rx.recv(),
            None,
            "dropping the last sender should close the channel"
        );

        for capacity in [0, 1] {
            let (tx, rx) = channel(capacity);
            if capacity == 1 {
                tx.send(0).unwrap(); // full: the next send waits
            }
            let second = rx.clone();
            let sender = thread::spawn(move || tx.send(1));
            drop(rx);
            drop(second);
            assert_eq!(
                sender.join().unwrap(),
                Err(SendError(1)),
                "with every receiver gone, a send should fail (capacity {capacity})",
            );
        }
    }

    /// `close` wakes every receiver blocked on an empty channel.
    #[cfg(not(loom))]
    fn close_wakes_every_blocked_receiver() {
        for capacity in [0, 2] {
            let (tx, rx) = channel::<u8>(capacity);
            let receivers: Vec<_> = (0..3)
                .map(|_| {
                    let rx = rx.clone();
                    thread::spawn(move || rx.recv())
                })
                .collect();
            tx.close();
            for receiver in receivers {
                assert_eq!(receiver.join().unwrap(), None, "capacity {capacity}");
            }
        }
    }

    /// A rendezvous send completes only by handing its value to a receiver:
    /// with nobody receiving it can only fail, once the channel is closed. (A
    /// channel that buffers one value would let it succeed.)
    #[cfg(not(loom))]
    fn rendezvous_send_never_succeeds_without_a_receiver() {
        for _ in 0..200 {
            let (tx, rx) = channel(0);
            let closer = tx.clone();
            let sender = thread::spawn(move || tx.send(7));
            closer.close();
            assert_eq!(sender.join().unwrap(), Err(SendError(7)));
            assert_eq!(
                rx.recv(),
                None,
                "a rendezvous channel must not keep a value"
            );
        }
    }

    /// Four senders, four receivers, rendezvous and buffered: every value
    /// arrives exactly once, and the receivers end when the senders do.
    #[cfg(not(loom))]
    fn every_value_arrives_exactly_once_under_contention() {
        for capacity in [0, 1, 8] {
            let mut got = crowd(capacity, 4, 4, 250);
            got.sort_unstable();
            assert_eq!(got, (0..1000).collect::<Vec<_>>(), "capacity {capacity}");
        }
    }

    /// Loom: two values cross a rendezvous channel and a one-slot channel in
    /// order, and the sender's drop closes it.
    #[cfg(loom)]
    fn loom_values_cross_in_order_then_the_drop_closes() {
        for capacity in [0, 1] {
            check(move || {
                let (tx, rx) = channel(capacity);
                let sender = loom::thread::spawn(move || {
                    tx.send(1).unwrap();
                    tx.send(2).unwrap();
                });
                assert_eq!(rx.recv(), Some(1));
                assert_eq!(rx.recv(), Some(2));
                assert_eq!(rx.recv(), None);
                sender.join().unwrap();
            });
        }
    }

    /// Loom: with nobody receiving, a rendezvous send fails once the channel
    /// is closed, and leaves nothing behind.
    #[cfg(loom)]
    fn loom_rendezvous_send_without_a_receiver_fails_at_close() {
        check(|| {
            let (tx, rx) = channel(0);
            let closer = tx.clone();
            let sender = loom::thread::spawn(move || tx.send(1));
            closer.close();
            assert_eq!(sender.join().unwrap(), Err(SendError(1)));
            assert_eq!(rx.recv(), None);
        });
    }

    /// Loom: `close` wakes a blocked receiver, and dropping the receiver
    /// fails a blocked send.
    #[cfg(loom)]
    fn loom_close_and_drop_wake_the_other_side() {
        check(|| {
            let (tx, rx) = channel::<u8>(0);
            let receiver = loom::thread::spawn(move || rx.recv());
            tx.close();
            assert_eq!(receiver.join().unwrap(), None);
        });
        check(|| {
            let (tx, rx) = channel(0);
            let sender = loom::thread::spawn(move || tx.send(1));
            drop(rx);
            assert_eq!(sender.join().unwrap(), Err(SendError(1)));
        });
    }

    /// Loom: two senders, one receiver, rendezvous: each value arrives exactly
    /// once and no thread sleeps through its wake-up.
    #[cfg(loom)]
    fn loom_two_senders_hand_over_one_value_each() {
        check(|| {
            let (tx, rx) = channel(0);
            let other = tx.clone();
            let sender = loom::thread::spawn(move || other.send(1).unwrap());
            let receiver = loom::thread::spawn(move || {
                let mut got = [rx.recv(), rx.recv()];
                got.sort();
                got
            });
            tx.send(2).unwrap();
            drop(tx);
            assert_eq!(receiver.join().unwrap(), [Some(1), Some(2)]);
            sender.join().unwrap();
        });
    }
}
