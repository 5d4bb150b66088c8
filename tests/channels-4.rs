//! Graded tests for channels-4: a Go channel built from a Mutex and two
//! Condvars.
//!
//! A normal run (`cargo test -p channels-4`) runs the tests on real threads:
//! each blocking case is checked step by step (a send on a full channel must
//! still be waiting, a close must wake it), plus stress tests. A loom run
//! (`RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p
//! channels-4`) runs the models instead: loom tries every interleaving of
//! their threads (up to a small number of preemptions) and fails on a
//! deadlock, a lost wake-up or a wrong value.

use channels_4::{SendError, channel};

#[cfg(not(loom))]
use channels_4::{Receiver, Sender};
#[cfg(not(loom))]
use std::sync::mpsc::{self, RecvTimeoutError};
#[cfg(not(loom))]
use std::thread;
#[cfg(not(loom))]
use std::time::Duration;

/// How long a test waits for something that must happen before it fails with
/// a message.
#[cfg(not(loom))]
const PATIENCE: Duration = Duration::from_secs(2);

/// How long a test watches a thread that must still be blocked.
#[cfg(not(loom))]
const QUIET: Duration = Duration::from_millis(50);

/// A thread's result, reported on a channel so that the test can wait for it
/// with a time limit (a `join` cannot time out).
#[cfg(not(loom))]
struct Pending<R> {
    done: mpsc::Receiver<R>,
    what: String,
}

#[cfg(not(loom))]
impl<R: Send + 'static> Pending<R> {
    /// Runs `work` on a thread of its own; `what` names it in messages.
    fn start(what: impl Into<String>, work: impl FnOnce() -> R + Send + 'static) -> Self {
        let (report, done) = mpsc::channel();
        thread::spawn(move || {
            // The test may have given up and gone: then nobody needs the result.
            let _ = report.send(work());
        });
        Pending {
            done,
            what: what.into(),
        }
    }

    /// Checks that the thread has not finished yet: `why` says why it must wait.
    fn still_blocked(&self, why: &str) {
        match self.done.recv_timeout(QUIET) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(_) => panic!(
                "{} returned, but it should still be waiting: {why}",
                self.what
            ),
            Err(RecvTimeoutError::Disconnected) => {
                panic!("{} panicked (see its message above)", self.what)
            }
        }
    }

    /// Waits for the thread's result; `why` says what should have ended it.
    fn finishes(self, why: &str) -> R {
        match self.done.recv_timeout(PATIENCE) {
            Ok(result) => result,
            Err(RecvTimeoutError::Timeout) => panic!(
                "{} did not return within {PATIENCE:?}, though {why}: it may have deadlocked \
                 (a wake-up that was never sent, or sent to the wrong thread)",
                self.what
            ),
            Err(RecvTimeoutError::Disconnected) => {
                panic!("{} panicked (see its message above)", self.what)
            }
        }
    }

    /// The thread's result if it finishes within `within`, without failing.
    fn try_finish(&self, within: Duration) -> Option<R> {
        self.done.recv_timeout(within).ok()
    }
}

/// A thread sending `value` on `tx`.
#[cfg(not(loom))]
fn sending(tx: &Sender<u32>, value: u32) -> Pending<Result<(), SendError<u32>>> {
    let tx = tx.clone();
    Pending::start(format!("a `send({value})`"), move || tx.send(value))
}

/// A thread receiving one value on `rx`.
#[cfg(not(loom))]
fn receiving(rx: &Receiver<u32>) -> Pending<Option<u32>> {
    let rx = rx.clone();
    Pending::start("a `recv()`", move || rx.recv())
}

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
                        .expect("a send failed while the channel was open and had receivers");
                    assert!(
                        tx.len() <= capacity,
                        "len() was {} on a channel of capacity {capacity}: a send queued a \
                         value without room for it",
                        tx.len()
                    );
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

/// Runs `model` under loom with a preemption bound of 2 (unless
/// `LOOM_MAX_PREEMPTIONS` is set), so that it takes seconds.
#[cfg(loom)]
fn check(model: impl Fn() + Sync + Send + 'static) {
    check_within(2, model);
}

/// Runs `model` under loom with at most `preemptions` preemptions (unless
/// `LOOM_MAX_PREEMPTIONS` is set): a model with more threads needs a lower
/// bound to stay within seconds.
#[cfg(loom)]
fn check_within(preemptions: usize, model: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(preemptions);
    }
    builder.check(model);
}

graded::tests! {
    loom_models;

    /// `len` and `cap` are Go's (both 0 for a rendezvous channel), and a
    /// buffered channel hands values out first in, first out.
    #[cfg(not(loom))]
    fn buffered_channel_is_fifo_with_go_len_and_cap() {
        let (tx, rx) = channel::<u8>(0);
        assert_eq!(
            (tx.len(), tx.cap(), rx.len(), rx.cap()),
            (0, 0, 0, 0),
            "a rendezvous channel has len 0 and cap 0 on both ends, (tx.len, tx.cap, rx.len, rx.cap)"
        );

        let (tx, rx) = channel(3);
        assert!(tx.is_empty(), "a new channel should be empty");
        tx.send('a').expect("a send on an open channel with room should succeed");
        tx.send('b').expect("a send on an open channel with room should succeed");
        assert_eq!(
            (tx.len(), tx.cap()),
            (2, 3),
            "after two sends on a channel of capacity 3, (len, cap)"
        );
        assert_eq!(rx.recv(), Some('a'), "the first value sent should come out first");
        assert_eq!(
            (rx.len(), rx.cap()),
            (1, 3),
            "after two sends and one receive, (len, cap)"
        );
        assert_eq!(rx.recv(), Some('b'), "the second value sent should come out second");
        assert!(rx.is_empty(), "every value was received: the channel should be empty");

        tx.send('c').expect("a send on an open channel with room should succeed");
        assert!(
            !tx.is_empty() && !rx.is_empty(),
            "a buffered value is waiting: `is_empty` should be false on both ends (it is `len() == 0`)"
        );
    }

    /// A buffered channel of capacity N takes N values without waiting, then
    /// a send waits until a receive makes room; `len` never exceeds `cap`.
    #[cfg(not(loom))]
    fn a_send_on_a_full_channel_waits_for_room() {
        for capacity in 1..=3_u32 {
            let (tx, rx) = channel(capacity as usize);
            for value in 0..capacity {
                tx.send(value)
                    .expect("a send on an open channel with room should succeed");
                assert_eq!(
                    tx.len(),
                    value as usize + 1,
                    "len() after {} sends on a channel of capacity {capacity}",
                    value + 1
                );
            }
            let extra = sending(&tx, capacity);
            extra.still_blocked(&format!(
                "the channel of capacity {capacity} was full, so the buffer held \
                 {capacity} + 1 values (room means `queue.len() < capacity`)"
            ));
            assert_eq!(
                tx.len(),
                capacity as usize,
                "len() of a full channel of capacity {capacity} while a send waits"
            );
            assert_eq!(rx.recv(), Some(0), "the oldest value should come out first");
            assert_eq!(
                extra.finishes("a receive made room for its value"),
                Ok(()),
                "a waiting send should succeed once there is room"
            );
            for expected in 1..=capacity {
                assert_eq!(
                    rx.recv(),
                    Some(expected),
                    "values should come out in the order they were sent"
                );
                assert!(
                    rx.len() <= capacity as usize,
                    "len() was {} on a channel of capacity {capacity}",
                    rx.len()
                );
            }
            assert!(rx.is_empty(), "every value was received: the channel should be empty");
        }
    }

    /// With two sends waiting on a full channel of capacity 1, one receive
    /// lets exactly one of them through: the other re-checks and waits on.
    #[cfg(not(loom))]
    fn one_receive_lets_exactly_one_waiting_send_through() {
        let (tx, rx) = channel(1);
        tx.send(0).expect("a send on an open channel with room should succeed");
        let first = sending(&tx, 1);
        first.still_blocked("the channel of capacity 1 was full");
        let second = sending(&tx, 2);
        second.still_blocked("the channel of capacity 1 was full");

        assert_eq!(rx.recv(), Some(0), "the value sent first should come out first");
        // Exactly one of the two sends may now go ahead.
        let (went, waits) = match first.try_finish(PATIENCE) {
            Some(result) => (result, second),
            None => (
                second.finishes("a receive made room for one of the two waiting sends"),
                first,
            ),
        };
        assert_eq!(went, Ok(()), "a waiting send should succeed once there is room");
        waits.still_blocked(
            "one receive made room for one value, and the other waiting send took it: a \
             woken send must check for room again before it queues (wait in a `loop` or \
             `while`, not an `if`)",
        );
        assert_eq!(tx.len(), 1, "len() of a full channel of capacity 1");

        let a = rx.recv().expect("a value was queued");
        assert_eq!(
            waits.finishes("a second receive made room for it"),
            Ok(()),
            "a waiting send should succeed once there is room"
        );
        let b = rx.recv().expect("a value was queued");
        let mut got = [a, b];
        got.sort_unstable();
        assert_eq!(got, [1, 2], "each waiting send's value should arrive exactly once");
        assert!(rx.is_empty(), "every value was received: the channel should be empty");
    }

    /// After `close`: sends fail and hand the value back, a second close
    /// returns false, receivers drain the buffer and then get `None`.
    #[cfg(not(loom))]
    fn close_fails_sends_and_lets_receivers_drain() {
        let (tx, rx) = channel(2);
        tx.send(1).expect("a send on an open channel with room should succeed");
        tx.send(2).expect("a send on an open channel with room should succeed");
        assert!(tx.close(), "the first close should return true");
        assert!(!tx.close(), "a second close should return false");
        let error = tx.send(3);
        assert_eq!(
            error,
            Err(SendError(3)),
            "a send on a closed channel should fail and hand its value back"
        );
        if let Err(error) = error {
            assert_eq!(
                (error.to_string(), format!("{error:?}")),
                ("send on closed channel".to_owned(), "SendError(..)".to_owned()),
                "a SendError should print Go's panic message, and `SendError(..)` as Debug \
                 (like std's, without the value)"
            );
        }
        assert_eq!(tx.len(), 2, "a failed send must not queue its value");
        assert_eq!(
            rx.iter().collect::<Vec<_>>(),
            [1, 2],
            "after close, receivers should still get every buffered value, in order"
        );
        assert_eq!(rx.recv(), None, "a closed and drained channel should give None");
    }

    /// `close` wakes a send waiting on a full channel (or, at capacity 0, for
    /// a receiver): it fails and hands its value back.
    #[cfg(not(loom))]
    fn close_fails_a_waiting_send() {
        for capacity in [0, 1] {
            let (tx, rx) = channel(capacity);
            if capacity == 1 {
                tx.send(0).expect("a send on an open channel with room should succeed");
            }
            let waiting = sending(&tx, 1);
            waiting.still_blocked(&format!(
                "nobody received, and the channel of capacity {capacity} was full"
            ));
            assert!(tx.close(), "the first close should return true");
            assert_eq!(
                waiting.finishes(
                    "the channel was closed: `close` must wake the waiting senders too \
                     (notify_all on the senders' Condvar)"
                ),
                Err(SendError(1)),
                "a send waiting when the channel closes should fail and hand its value back \
                 (capacity {capacity})"
            );
            let rest: Vec<u32> = rx.iter().collect();
            let expected: &[u32] = if capacity == 1 { &[0] } else { &[] };
            assert_eq!(
                rest, expected,
                "after close only the values queued before it should come out (capacity \
                 {capacity})"
            );
        }
    }

    /// The channel closes when the last sender is dropped, not before.
    #[cfg(not(loom))]
    fn dropping_the_last_sender_closes_the_channel() {
        for capacity in [0, 1] {
            let (tx, rx) = channel(capacity);
            let other = tx.clone();
            drop(tx);
            let waiting = receiving(&rx);
            other
                .send(5)
                .expect("one sender is left: the channel should still be open");
            assert_eq!(
                waiting.finishes("a value was sent"),
                Some(5),
                "the receiver should get the value sent (capacity {capacity})"
            );
            let waiting = receiving(&rx);
            waiting.still_blocked("a sender is left and nothing was sent");
            drop(other);
            assert_eq!(
                waiting.finishes("the last sender was dropped, which should close the channel"),
                None,
                "dropping the last sender should close the channel (capacity {capacity})"
            );
        }
    }

    /// Once every receiver is gone, sends fail, even one that is already
    /// waiting.
    #[cfg(not(loom))]
    fn dropping_every_receiver_fails_sends() {
        for capacity in [0, 1] {
            let (tx, rx) = channel(capacity);
            if capacity == 1 {
                tx.send(0).expect("a send on an open channel with room should succeed"); // full
            }
            let second = rx.clone();
            let waiting = sending(&tx, 1);
            waiting.still_blocked(&format!(
                "nobody received, and the channel of capacity {capacity} was full"
            ));
            drop(rx);
            waiting.still_blocked("one receiver is left, which may still receive");
            drop(second);
            assert_eq!(
                waiting.finishes(
                    "every receiver was dropped: the last one's drop must wake the waiting \
                     senders"
                ),
                Err(SendError(1)),
                "with every receiver gone, a waiting send should fail (capacity {capacity})"
            );
            assert_eq!(
                tx.send(2),
                Err(SendError(2)),
                "with every receiver gone, a send should fail at once (capacity {capacity})"
            );
        }
    }

    /// `close` wakes every receiver blocked on an empty channel.
    #[cfg(not(loom))]
    fn close_wakes_every_blocked_receiver() {
        for capacity in [0, 2] {
            let (tx, rx) = channel::<u32>(capacity);
            let receivers: Vec<_> = (0..3).map(|_| receiving(&rx)).collect();
            for receiver in &receivers {
                receiver.still_blocked("the channel was empty and open");
            }
            assert!(tx.close(), "the first close should return true");
            for receiver in receivers {
                assert_eq!(
                    receiver.finishes(
                        "the channel was closed: `close` must wake every waiting receiver \
                         (notify_all, not notify_one)"
                    ),
                    None,
                    "a receiver woken by close should get None (capacity {capacity})"
                );
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
            let sender = Pending::start("a rendezvous `send(7)`", move || tx.send(7));
            closer.close();
            assert_eq!(
                sender.finishes("the channel was closed"),
                Err(SendError(7)),
                "a rendezvous send with nobody receiving should fail once the channel closes"
            );
            assert_eq!(
                rx.recv(),
                None,
                "a rendezvous channel must not keep a value"
            );
        }
    }

    /// A rendezvous send returns only once a receiver has taken its value.
    #[cfg(not(loom))]
    fn rendezvous_send_waits_until_its_value_is_taken() {
        let (tx, rx) = channel(0);
        let waiting = sending(&tx, 9);
        waiting.still_blocked("on a rendezvous channel a send waits for a receiver");
        assert_eq!(rx.recv(), Some(9), "the receiver should take the waiting send's value");
        assert_eq!(
            waiting.finishes("its value was received"),
            Ok(()),
            "a rendezvous send should succeed once its value is taken"
        );
    }

    /// Rendezvous, three sends and two receivers that take one value each,
    /// many times over: every send whose value was received returns, while
    /// the channel stays open. (A `notify_one` in `recv` can wake a send that
    /// waits for room instead of the one whose value was taken.)
    #[cfg(not(loom))]
    fn every_send_whose_value_was_taken_returns() {
        for round in 0..1000 {
            let (tx, rx) = channel(0);
            let senders: Vec<_> = (1..=3).map(|value| sending(&tx, value)).collect();
            let receivers = [receiving(&rx), receiving(&rx)];
            let mut got: Vec<u32> = receivers
                .into_iter()
                .map(|receiver| {
                    receiver
                        .finishes("three sends were offering values")
                        .expect("the channel is open: a receive should get a value")
                })
                .collect();
            got.sort_unstable();
            // `rx` is still alive: only a correct wake-up can end the sends
            // whose values were taken.
            let mut left = Vec::new();
            for (sender, value) in senders.into_iter().zip(1..) {
                if got.contains(&value) {
                    assert_eq!(
                        sender.finishes(&format!(
                            "its value was received (round {round}): `recv` must wake every \
                             waiting sender after taking a value (notify_all: senders wait for \
                             room and for their own value, on one Condvar)"
                        )),
                        Ok(()),
                        "a rendezvous send whose value was taken should succeed"
                    );
                } else {
                    left.push(sender);
                }
            }
            assert_eq!(left.len(), 1, "two receives took two values: {got:?}");
            drop(rx);
            for sender in left {
                assert!(
                    sender
                        .finishes("every receiver was dropped")
                        .is_err(),
                    "a rendezvous send whose value nobody took should fail once every \
                     receiver is gone"
                );
            }
            drop(tx);
        }
    }

    /// Four senders, four receivers, rendezvous and buffered: every value
    /// arrives exactly once, and the receivers end when the senders do.
    #[cfg(not(loom))]
    fn every_value_arrives_exactly_once_under_contention() {
        for capacity in [0, 1, 8] {
            let mut got = crowd(capacity, 4, 4, 250);
            got.sort_unstable();
            assert!(
                got == (0..1000).collect::<Vec<_>>(),
                "with capacity {capacity}, 4 senders sent 0..1000 to 4 receivers, which got \
                 {} values; every value should arrive exactly once",
                got.len()
            );
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
                    tx.send(1).expect("the channel is open: the first send should succeed");
                    tx.send(2).expect("the channel is open: the second send should succeed");
                });
                assert_eq!(rx.recv(), Some(1), "the first value sent should come out first");
                assert_eq!(rx.recv(), Some(2), "the second value sent should come out second");
                assert_eq!(rx.recv(), None, "dropping the only sender should close the channel");
                sender.join().expect("the sender panicked");
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
            assert_eq!(
                sender.join().expect("the sender panicked"),
                Err(SendError(1)),
                "a rendezvous send with nobody receiving should fail once the channel closes"
            );
            assert_eq!(rx.recv(), None, "a rendezvous channel must not keep a value");
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
            assert_eq!(
                receiver.join().expect("the receiver panicked"),
                None,
                "a receiver should get None once the channel is closed"
            );
        });
        check(|| {
            let (tx, rx) = channel(0);
            let sender = loom::thread::spawn(move || tx.send(1));
            drop(rx);
            assert_eq!(
                sender.join().expect("the sender panicked"),
                Err(SendError(1)),
                "with the only receiver gone, a send should fail"
            );
        });
    }

    /// Loom: a rendezvous send returns only once a receiver has taken its
    /// value, the second send as well as the first: after both return and the
    /// channel closes, another receiver finds nothing.
    #[cfg(loom)]
    fn loom_a_rendezvous_send_returns_only_after_the_hand_over() {
        check(|| {
            let (tx, rx) = channel(0);
            let other = rx.clone();
            let receiver = loom::thread::spawn(move || (rx.recv(), rx.recv()));
            tx.send(1).expect("a receiver is waiting: the send succeeds");
            tx.send(2).expect("a receiver is waiting: the send succeeds");
            tx.close();
            assert_eq!(
                other.recv(),
                None,
                "a value was still in the channel after its rendezvous send returned: a send must \
                 wait until a receiver has taken its value (count every value queued)"
            );
            assert_eq!(
                receiver.join().expect("the receiver does not panic"),
                (Some(1), Some(2)),
                "the waiting receiver should get both values, in order"
            );
        });
    }

    /// Loom: two senders, one receiver, rendezvous: each value arrives exactly
    /// once and no thread sleeps through its wake-up.
    #[cfg(loom)]
    fn loom_two_senders_hand_over_one_value_each() {
        check(|| {
            let (tx, rx) = channel(0);
            let other = tx.clone();
            let sender = loom::thread::spawn(move || {
                other
                    .send(1)
                    .expect("the channel is open: the send should succeed");
            });
            let receiver = loom::thread::spawn(move || {
                let mut got = [rx.recv(), rx.recv()];
                got.sort();
                got
            });
            tx.send(2).expect("the channel is open: the send should succeed");
            drop(tx);
            assert_eq!(
                receiver.join().expect("the receiver panicked"),
                [Some(1), Some(2)],
                "each value should arrive exactly once"
            );
            sender.join().expect("the sender panicked");
        });
    }

    /// Loom: the lost wake-up. Rendezvous; one thread sends twice, another
    /// once, two receivers take one value each, and the channel stays open
    /// (nothing else wakes the senders). Every send whose value was taken
    /// must return: with a `notify_one` in `recv`, a send waiting for room
    /// can take the wake-up meant for the send whose value was just taken,
    /// which then sleeps for ever.
    #[cfg(loom)]
    fn loom_a_send_whose_value_was_taken_always_returns() {
        // Four threads: one preemption is enough to reach the lost wake-up.
        check_within(1, || {
            let (tx, rx) = channel(0);
            let other = tx.clone();
            let twice = loom::thread::spawn(move || (tx.send(1), tx.send(2)));
            let once = loom::thread::spawn(move || other.send(3));
            let receiver = {
                let rx = rx.clone();
                loom::thread::spawn(move || rx.recv())
            };
            let mine = rx.recv();
            let theirs = receiver.join().expect("the receiver panicked");
            let mut got = [mine, theirs];
            got.sort();
            // `rx` is still alive, so only the wake-ups of `recv` can end the
            // sends whose values were taken.
            if got == [Some(1), Some(2)] {
                assert_eq!(
                    twice.join().expect("the sender panicked"),
                    (Ok(()), Ok(())),
                    "both values of the first sender were taken: both sends should succeed"
                );
                drop(rx);
                assert_eq!(
                    once.join().expect("the sender panicked"),
                    Err(SendError(3)),
                    "nobody took the value 3: its send should fail once every receiver is gone"
                );
            } else {
                assert_eq!(
                    got,
                    [Some(1), Some(3)],
                    "two receives should take two values, the first sender's in order"
                );
                assert_eq!(
                    once.join().expect("the sender panicked"),
                    Ok(()),
                    "the value 3 was taken: its send should succeed"
                );
                drop(rx);
                assert_eq!(
                    twice.join().expect("the sender panicked"),
                    (Ok(()), Err(SendError(2))),
                    "the value 1 was taken and 2 was not: the second send should fail once \
                     every receiver is gone"
                );
            }
        });
    }
}
