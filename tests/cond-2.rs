//! Graded tests for cond-2: Go's `sync.WaitGroup` from a `Mutex` and a
//! `Condvar`.

use cond_2::WaitGroup;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Barrier};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// How long a correct wake-up may take, at most: a waiter that has not
/// returned after this long slept through the last `done`.
const WAKE: Duration = Duration::from_secs(1);

/// How long the waiters just started are given to reach their `wait` (and
/// how long they are watched to show that they have not returned yet).
const SETTLE: Duration = Duration::from_millis(30);

/// Starts `n` threads that each call `wg.wait()` and then report on the
/// returned channel.
fn waiters(wg: &Arc<WaitGroup>, n: usize) -> (Vec<JoinHandle<()>>, Receiver<()>) {
    let (returned_tx, returned) = mpsc::channel();
    let handles = (0..n)
        .map(|_| {
            let (wg, returned_tx) = (Arc::clone(wg), returned_tx.clone());
            thread::spawn(move || {
                wg.wait();
                let _ = returned_tx.send(());
            })
        })
        .collect();
    (handles, returned)
}

/// Joins `handles`; if a thread panicked, fails with its message.
fn join_all(handles: Vec<JoinHandle<()>>, who: &str) {
    for handle in handles {
        if let Err(payload) = handle.join() {
            panic!(
                "{who} panicked: {}",
                graded::panic_message(payload.as_ref())
            );
        }
    }
}

graded::tests! {
    /// `add` and `done` move the count, and `count` reports it.
    fn add_and_done_move_the_count() {
        let wg = WaitGroup::new();
        assert_eq!(wg.count(), 0, "a new WaitGroup must have a count of 0");
        wg.add(2);
        assert_eq!(wg.count(), 2, "add(2) on a count of 0 must make it 2");
        wg.add(3);
        assert_eq!(wg.count(), 5, "add(3) on a count of 2 must make it 5: add adds to the count");
        wg.done();
        assert_eq!(wg.count(), 4, "done must take one from the count");
        for _ in 0..4 {
            wg.done();
        }
        assert_eq!(wg.count(), 0, "five dones after adding five must bring the count to 0");
    }

    /// `wait` on a count of zero returns at once, before any task was added
    /// and after every task is done (Go's `Wait` does not wait then).
    fn wait_on_a_zero_count_returns_at_once() {
        let wg = Arc::new(WaitGroup::new());
        for (when, before) in [("on a new WaitGroup", 0), ("after add(1) and done()", 1)] {
            wg.add(before);
            for _ in 0..before {
                wg.done();
            }
            let (handles, returned) = waiters(&wg, 1);
            if returned.recv_timeout(WAKE).is_err() {
                // Wake it with a round trip to zero, so that it does not
                // outlive the test.
                wg.add(1);
                wg.done();
                let _ = returned.recv_timeout(WAKE);
                panic!(
                    "wait {when} (count 0) did not return: wait must check the count first \
                     and return at once when it is zero, not wait for a notification"
                );
            }
            join_all(handles, "the waiting thread");
        }
    }

    /// `wait` does not return while a task is still running: not after the
    /// first of two `done`s, only after the last.
    fn wait_blocks_until_the_last_done() {
        let wg = Arc::new(WaitGroup::new());
        wg.add(2);
        let (handles, returned) = waiters(&wg, 1);
        assert!(
            returned.recv_timeout(SETTLE).is_err(),
            "wait returned while the count was 2: it must wait while the count is above zero"
        );
        wg.done();
        assert!(
            returned.recv_timeout(SETTLE).is_err(),
            "wait returned after the first of two dones, with a task still running: after \
             waking, wait must check the count again (`wait_while`, or a `while` loop)"
        );
        wg.done();
        returned
            .recv_timeout(WAKE)
            .expect("wait never returned after the last done: done must notify the waiters at zero");
        join_all(handles, "the waiting thread");
    }

    /// Four threads waiting are all woken by the last `done` (Go's
    /// `Broadcast`, Rust's `notify_all`), three times over.
    fn the_last_done_wakes_every_waiter() {
        const WAITERS: usize = 4;
        for round in 0..3 {
            let wg = Arc::new(WaitGroup::new());
            wg.add(1);
            let (handles, returned) = waiters(&wg, WAITERS);
            assert!(
                returned.recv_timeout(SETTLE).is_err(),
                "wait returned while the count was 1: it must wait while the count is above zero"
            );
            wg.done();
            let woken = (0..WAITERS)
                .take_while(|_| returned.recv_timeout(WAKE).is_ok())
                .count();
            if woken < WAITERS {
                // Free the waiters left asleep, so that no thread outlives the
                // test: each round trip to zero notifies again.
                let mut freed = woken;
                for _ in 0..WAITERS * 2 {
                    wg.add(1);
                    wg.done();
                    freed += returned.try_iter().count();
                    if freed == WAITERS {
                        break;
                    }
                    freed += returned.recv_timeout(SETTLE).map_or(0, |()| 1);
                }
                panic!(
                    "round {round}: {WAITERS} threads waited, and the last done woke only \
                     {woken} of them: at zero, done must wake every waiter (`notify_all`, Go's \
                     Broadcast), not one (`notify_one`, Go's Signal)"
                );
            }
            join_all(handles, "a waiting thread");
        }
    }

    /// Go panics on a negative counter: so must `done` without an `add`.
    fn done_below_zero_panics() {
        let wg = WaitGroup::new();
        wg.add(1);
        wg.done();
        let outcome = std::panic::catch_unwind(|| wg.done());
        assert!(
            outcome.is_err(),
            "done on a count of 0 returned normally: it must panic, as Go's does \
             (\"sync: negative WaitGroup counter\"), not stay at zero or wrap around"
        );
    }

    /// 200 rounds of eight workers: `wait` returns after all of them, and
    /// sees all their work.
    fn wait_sees_every_workers_work_under_stress() {
        for round in 0..200 {
            let wg = WaitGroup::new();
            let work = AtomicUsize::new(0);
            let start = Barrier::new(9);
            thread::scope(|scope| {
                for _ in 0..8 {
                    wg.add(1);
                    scope.spawn(|| {
                        start.wait();
                        work.fetch_add(1, Ordering::Relaxed);
                        wg.done();
                    });
                }
                start.wait();
                wg.wait();
                let seen = work.load(Ordering::Relaxed);
                assert_eq!(
                    seen, 8,
                    "round {round}: wait returned when {seen} of 8 workers had done their work: \
                     it must return only once the count is zero"
                );
                assert_eq!(wg.count(), 0, "round {round}: after wait, the count must be 0");
            });
        }
    }
}
