//! std's `Condvar` against Go's `sync.Cond`: wake-ups are hints, the state
//! decides.
#![cfg(not(loom))]

use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

/// How long a test waits for something that must happen before it decides
/// the program deadlocked.
const DEADLOCK: Duration = Duration::from_secs(2);

graded::tests! {
    // ANCHOR: wait_while
    /// `wait_while` checks the condition again after every wake-up: notifies
    /// that leave it false (like a spurious wake-up) do not let the waiter go.
    fn wait_while_ignores_wake_ups_that_leave_the_condition_false() {
        let state = Arc::new((Mutex::new(0), Condvar::new()));
        let waiter = {
            let state = Arc::clone(&state);
            thread::spawn(move || {
                let (count, changed) = &*state;
                let count = changed.wait_while(count.lock().unwrap(), |n| *n < 3).unwrap();
                *count
            })
        };
        let (count, changed) = &*state;
        for _ in 0..3 {
            *count.lock().unwrap() += 1;
            changed.notify_all(); // the first two wake it (if it waits) for nothing
        }
        assert_eq!(waiter.join().unwrap(), 3);
    }
    // ANCHOR_END: wait_while

    /// `notify_one` (Go's `Signal`) lets one waiter through, `notify_all`
    /// (`Broadcast`) the rest: three waiters each need a ticket.
    fn notify_one_wakes_one_waiter_and_notify_all_the_rest() {
        let state = Arc::new((Mutex::new(0_u32), Condvar::new()));
        let (passed_tx, passed) = mpsc::channel();
        for id in 0..3 {
            let (state, passed_tx) = (Arc::clone(&state), passed_tx.clone());
            thread::spawn(move || {
                let (tickets, changed) = &*state;
                let mut tickets = changed.wait_while(tickets.lock().unwrap(), |t| *t == 0).unwrap();
                *tickets -= 1;
                passed_tx.send(id).unwrap();
            });
        }
        let (tickets, changed) = &*state;
        *tickets.lock().unwrap() = 1;
        changed.notify_one();
        passed.recv_timeout(DEADLOCK).expect("no waiter passed: a lost wake-up?");
        // With no ticket left, the others keep waiting, whatever wakes them.
        assert!(passed.try_recv().is_err());

        *tickets.lock().unwrap() = 2;
        changed.notify_all();
        for _ in 0..2 {
            passed.recv_timeout(DEADLOCK).expect("notify_all left a waiter behind");
        }
    }

    /// Like Go's `Signal`, a notify with nobody waiting is not remembered: a
    /// later wait still waits (here, until its time-out).
    fn a_notify_with_no_waiter_is_lost() {
        let (lock, changed) = (Mutex::new(()), Condvar::new());
        changed.notify_one();
        let (_guard, result) = changed
            .wait_timeout(lock.lock().unwrap(), Duration::from_millis(20))
            .unwrap();
        assert!(result.timed_out());
    }
}
