//! Graded tests for cond-2: Go's `sync.WaitGroup` from a `Mutex` and a
//! `Condvar`.

use cond_2::WaitGroup;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

graded::tests! {
    /// `add` and `done` move the count; `wait` on zero returns at once.
    fn add_and_done_move_the_count() {
        let wg = WaitGroup::new();
        wg.wait();
        wg.add(2);
        assert_eq!(wg.count(), 2);
        wg.done();
        assert_eq!(wg.count(), 1);
        wg.done();
        assert_eq!(wg.count(), 0);
        wg.wait();
    }

    /// `wait` does not return while a task is still running.
    fn wait_blocks_until_the_last_done() {
        let wg = Arc::new(WaitGroup::new());
        wg.add(1);
        let (returned_tx, returned) = mpsc::channel();
        {
            let wg = Arc::clone(&wg);
            thread::spawn(move || {
                wg.wait();
                returned_tx.send(()).unwrap();
            });
        }
        assert!(returned.recv_timeout(Duration::from_millis(50)).is_err(), "wait returned early");
        wg.done();
        returned.recv_timeout(Duration::from_secs(2)).expect("wait never woke up");
    }

    /// Three threads waiting are all woken by the last `done`.
    fn the_last_done_wakes_every_waiter() {
        let wg = Arc::new(WaitGroup::new());
        wg.add(1);
        let (woken_tx, woken) = mpsc::channel();
        for _ in 0..3 {
            let (wg, woken_tx) = (Arc::clone(&wg), woken_tx.clone());
            thread::spawn(move || {
                wg.wait();
                woken_tx.send(()).unwrap();
            });
        }
        wg.done();
        for _ in 0..3 {
            woken.recv_timeout(Duration::from_secs(2)).expect("a waiter was never woken");
        }
    }

    /// Go panics on a negative counter: so must `done` without `add`.
    fn done_below_zero_panics() {
        let wg = WaitGroup::new();
        wg.add(1);
        wg.done();
        assert!(std::panic::catch_unwind(|| wg.done()).is_err());
    }

    /// 200 rounds of eight workers: `wait` returns after all of them, and
    /// sees all their work.
    fn wait_sees_every_workers_work_under_stress() {
        for _ in 0..200 {
            let wg = WaitGroup::new();
            let work = AtomicUsize::new(0);
            thread::scope(|scope| {
                for _ in 0..8 {
                    wg.add(1);
                    scope.spawn(|| {
                        work.fetch_add(1, Ordering::Relaxed);
                        wg.done();
                    });
                }
                wg.wait();
                assert_eq!(work.load(Ordering::Relaxed), 8);
            });
        }
    }
}
