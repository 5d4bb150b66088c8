//! The hand-built Go channel against Go's channel semantics, plus stress
//! tests where a race could hide. (Loom checks the same channel under every
//! interleaving of small models: `loom_gochan.rs`.)
#![cfg(not(loom))]

use channels::gochan::{self, SendError};
use std::thread;

/// `values_per_sender` values from each of `senders` threads through a
/// channel of `capacity` to `receivers` threads; returns every value received.
fn run_crowd(capacity: usize, senders: u64, receivers: usize, values_per_sender: u64) -> Vec<u64> {
    let (tx, rx) = gochan::channel(capacity);
    thread::scope(|scope| {
        for s in 0..senders {
            let tx = tx.clone();
            scope.spawn(move || {
                for i in 0..values_per_sender {
                    tx.send(s * values_per_sender + i).unwrap();
                }
            });
        }
        drop(tx); // only the senders' clones keep the channel open
        let handles: Vec<_> = (0..receivers)
            .map(|_| {
                let rx = rx.clone();
                scope.spawn(move || rx.iter().collect::<Vec<_>>())
            })
            .collect();
        drop(rx);
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap())
            .collect()
    })
}

graded::tests! {
    /// Go: `len` and `cap` of `make(chan T)` are both 0.
    fn rendezvous_len_and_cap_are_zero() {
        let (tx, rx) = gochan::channel::<u8>(0);
        assert_eq!((tx.len(), tx.cap(), rx.len(), rx.cap()), (0, 0, 0, 0));
        assert!(tx.is_empty() && rx.is_empty());
    }

    /// A buffered send returns at once while there is room; `len` counts the
    /// values waiting, `cap` the room, and values come out first in, first out.
    fn buffered_sends_fill_the_buffer_in_fifo_order() {
        let (tx, rx) = gochan::channel(3);
        tx.send('a').unwrap();
        tx.send('b').unwrap();
        assert_eq!((tx.len(), tx.cap()), (2, 3));
        assert_eq!(rx.recv(), Some('a'));
        assert_eq!((rx.len(), rx.cap()), (1, 3));
        assert_eq!(rx.recv(), Some('b'));
        assert!(rx.is_empty());
    }

    /// Go's comma-ok: after `close`, the buffered values, then `ok == false`
    /// (here `None`), as often as asked.
    fn receive_drains_the_buffer_after_close_then_reports_closed() {
        let (tx, rx) = gochan::channel(2);
        tx.send(1).unwrap();
        tx.send(2).unwrap();
        assert!(tx.close());
        assert_eq!(rx.recv(), Some(1));
        assert_eq!(rx.recv(), Some(2));
        assert_eq!(rx.recv(), None);
        assert_eq!(rx.recv(), None);
    }

    /// Go panics on a send to a closed channel and on a second close; here the
    /// send hands the value back and the second close returns `false`.
    fn send_on_a_closed_channel_hands_the_value_back() {
        let (tx, _rx) = gochan::channel(4);
        assert!(tx.close());
        assert!(!tx.close());
        let err = tx.send(String::from("late")).unwrap_err();
        assert_eq!(err.to_string(), "send on closed channel");
        assert_eq!(err.into_inner(), "late");
        assert_eq!(tx.len(), 0, "a failed send must not queue its value");
    }

    /// The channel closes when the last sender is dropped, not before.
    fn dropping_the_last_sender_closes_the_channel() {
        let (tx, rx) = gochan::channel(1);
        let other = tx.clone();
        drop(tx);
        other.send(5).unwrap();
        assert_eq!(rx.recv(), Some(5));
        drop(other);
        assert_eq!(rx.recv(), None);
    }

    /// Once every receiver is gone a send fails, even one already waiting:
    /// the blocked sender of Go's goroutine leak is woken instead.
    fn dropping_every_receiver_fails_sends_even_blocked_ones() {
        for capacity in [0, 1] {
            let (tx, rx) = gochan::channel(capacity);
            if capacity == 1 {
                tx.send(0).unwrap(); // fill the buffer so that the next send waits
            }
            let rx2 = rx.clone();
            let sender = thread::spawn(move || tx.send(1));
            drop(rx);
            drop(rx2);
            assert_eq!(
                sender.join().unwrap(),
                Err(SendError(1)),
                "capacity {capacity}"
            );
        }
    }

    /// `close` wakes every receiver blocked on an empty channel.
    fn close_wakes_every_blocked_receiver() {
        for capacity in [0, 2] {
            let (tx, rx) = gochan::channel::<u8>(capacity);
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
    /// with nobody receiving, it can only fail once the channel is closed.
    /// (A channel that buffers one value would let the send succeed.)
    fn rendezvous_send_never_succeeds_without_a_receiver() {
        for _ in 0..200 {
            let (tx, rx) = gochan::channel(0);
            let closer = tx.clone();
            let sender = thread::spawn(move || tx.send(7));
            closer.close();
            assert_eq!(sender.join().unwrap(), Err(SendError(7)));
            assert_eq!(
                rx.recv(),
                None,
                "nothing may be left in a rendezvous channel"
            );
        }
    }

    /// `for v := range ch`: `iter` yields every value, then ends at close.
    fn iter_yields_every_value_then_ends_at_close() {
        let (tx, rx) = gochan::channel(0);
        let producer = thread::spawn(move || {
            for i in 0..50 {
                tx.send(i).unwrap();
            }
        });
        assert_eq!(rx.iter().collect::<Vec<_>>(), (0..50).collect::<Vec<_>>());
        producer.join().unwrap();
    }

    /// Many senders and receivers, rendezvous and buffered: every value sent
    /// is received exactly once, and every thread ends once the senders do.
    fn every_value_is_received_exactly_once_under_contention() {
        for capacity in [0, 1, 8] {
            let mut got = run_crowd(capacity, 4, 4, 500);
            got.sort_unstable();
            assert_eq!(got, (0..2000).collect::<Vec<_>>(), "capacity {capacity}");
        }
    }

    /// With one receiver, each sender's values arrive in the order it sent them.
    fn each_senders_values_arrive_in_order() {
        for capacity in [0, 4] {
            let got = run_crowd(capacity, 3, 1, 300);
            for sender in 0..3 {
                let from_sender: Vec<_> = got.iter().filter(|&&v| v / 300 == sender).collect();
                assert!(
                    from_sender.is_sorted(),
                    "capacity {capacity}, sender {sender}"
                );
                assert_eq!(from_sender.len(), 300);
            }
        }
    }
}
