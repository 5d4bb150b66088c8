//! Loom models of the hand-built Go channel: loom runs each model under every
//! interleaving of its threads (up to a preemption bound) and fails on a
//! deadlock, a lost wake-up or a failed assertion.
//!
//! ```console
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom \
//!     cargo test -p channels --release --test loom_gochan
//! ```
//!
//! The models are small on purpose: two or three threads, one or two values.
//! Most channel bugs need no more to show.
#![cfg(loom)]

use channels::gochan::{self, SendError};
use loom::thread;

// ANCHOR: handoff
/// Runs `model` under loom, bounding preemptions (unless `LOOM_MAX_PREEMPTIONS`
/// says otherwise) so that each model takes seconds, not hours.
fn check(model: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(3);
    }
    builder.check(model);
}

/// Two values cross a rendezvous (and a one-slot) channel in order, and the
/// sender's drop closes it.
#[test]
fn values_cross_in_order_then_the_drop_closes() {
    for capacity in [0, 1] {
        check(move || {
            let (tx, rx) = gochan::channel(capacity);
            let sender = thread::spawn(move || {
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
// ANCHOR_END: handoff

/// With nobody receiving, a rendezvous send cannot succeed: once the channel
/// is closed it fails, and nothing is left behind in the channel.
#[test]
fn rendezvous_send_without_a_receiver_fails_at_close() {
    check(|| {
        let (tx, rx) = gochan::channel(0);
        let closer = tx.clone();
        let sender = thread::spawn(move || tx.send(1));
        closer.close();
        assert_eq!(sender.join().unwrap(), Err(SendError(1)));
        assert_eq!(rx.recv(), None);
    });
}

/// `close` wakes a receiver blocked on an empty channel.
#[test]
fn close_wakes_a_blocked_receiver() {
    for capacity in [0, 1] {
        check(move || {
            let (tx, rx) = gochan::channel::<u8>(capacity);
            let receiver = thread::spawn(move || rx.recv());
            tx.close();
            assert_eq!(receiver.join().unwrap(), None);
        });
    }
}

/// The channel stays open while a clone of the sender lives, and closes when
/// the last one is dropped, whichever is dropped first.
#[test]
fn the_last_sender_dropped_closes_the_channel() {
    check(|| {
        let (tx, rx) = gochan::channel(1);
        let other = tx.clone();
        let sender = thread::spawn(move || other.send(1).unwrap());
        drop(tx);
        assert_eq!(rx.recv(), Some(1));
        assert_eq!(rx.recv(), None);
        sender.join().unwrap();
    });
}

/// Dropping the only receiver fails a send that is waiting for one.
#[test]
fn dropping_the_receiver_fails_a_blocked_send() {
    check(|| {
        let (tx, rx) = gochan::channel(0);
        let sender = thread::spawn(move || tx.send(1));
        drop(rx);
        assert_eq!(sender.join().unwrap(), Err(SendError(1)));
    });
}

/// Two senders, one rendezvous receiver: each value arrives exactly once.
#[test]
fn two_senders_hand_over_one_value_each() {
    check(|| {
        let (tx, rx) = gochan::channel(0);
        let other = tx.clone();
        let sender = thread::spawn(move || other.send(1).unwrap());
        let receiver = thread::spawn(move || {
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
