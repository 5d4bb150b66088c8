//! Graded tests for deadlock-1: the philosophers pick up forks in an order
//! that cannot form a cycle, never share a fork, and all finish. A deadlock
//! is reported by the test itself, within its own bounded wait, before the
//! watchdog's limit (checked with `leakcheck` for leftover threads).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

use deadlock_1::{dine, forks_for};

/// How long the test waits for the table before calling it a deadlock.
const PATIENCE: Duration = Duration::from_millis(2000);

/// Runs a whole dinner on a helper thread and waits for it at most
/// [`PATIENCE`]; a dinner that does not end is reported as a deadlock.
fn dinner(seats: usize, meals: usize, eat: impl Fn(usize) + Sync + Send + 'static) -> Vec<usize> {
    let (done_tx, done) = mpsc::channel();
    thread::Builder::new()
        .name("dinner".into())
        .spawn(move || {
            let _ = done_tx.send(dine(seats, meals, &eat));
        })
        .unwrap();
    match done.recv_timeout(PATIENCE) {
        Ok(eaten) => eaten,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "deadlock: {seats} philosophers did not finish {meals} meals within {PATIENCE:?}: \
             every philosopher may be holding one fork and waiting for the next"
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("dine panicked (see above)"),
    }
}

/// Fails if following "holds `first`, waits for `second`" edges over all
/// seats can go round in a cycle.
fn assert_no_cycle(seats: usize) {
    let edges: Vec<(usize, usize)> = (0..seats).map(|seat| forks_for(seat, seats)).collect();
    // Kahn's algorithm: repeatedly remove forks nobody waits on first.
    let mut incoming = vec![0; seats];
    for &(_, second) in &edges {
        incoming[second] += 1;
    }
    let mut ready: Vec<usize> = (0..seats).filter(|&f| incoming[f] == 0).collect();
    let mut removed = 0;
    while let Some(fork) = ready.pop() {
        removed += 1;
        for &(first, second) in &edges {
            if first == fork {
                incoming[second] -= 1;
                if incoming[second] == 0 {
                    ready.push(second);
                }
            }
        }
    }
    assert_eq!(
        removed, seats,
        "with {seats} seats the pick-up order {edges:?} has a cycle: if every philosopher holds \
         their first fork, nobody can take their second"
    );
}

graded::tests! {
    /// Each seat picks up its own two forks, `seat` and `seat + 1` (round
    /// the table), once each.
    fn each_seat_picks_up_its_own_two_forks() {
        for seats in 2..=9 {
            for seat in 0..seats {
                let (first, second) = forks_for(seat, seats);
                let mut got = [first, second];
                got.sort_unstable();
                let mut expected = [seat, (seat + 1) % seats];
                expected.sort_unstable();
                assert_eq!(got, expected, "seat {seat} of {seats}");
            }
        }
    }

    /// The pick-up order cannot form a cycle, whatever the table size.
    fn the_pick_up_order_has_no_cycle() {
        for seats in 2..=9 {
            assert_no_cycle(seats);
        }
    }

    /// Five philosophers with slow hands all finish their meals, within the
    /// test's own time limit.
    fn five_philosophers_all_finish_without_deadlock() {
        let _serial = leakcheck::serial();
        let _guard = leakcheck::Guard::new();
        for _ in 0..5 {
            let eaten = dinner(5, 200, |_| {
                for _ in 0..10 {
                    thread::yield_now(); // hold the forks a while: more contention
                }
            });
            assert_eq!(eaten, [200; 5]);
        }
    }

    /// Neighbours never eat at the same time: a fork is held by one
    /// philosopher at a time.
    fn neighbours_never_eat_at_once() {
        let _serial = leakcheck::serial();
        let _guard = leakcheck::Guard::new();
        let seats = 6;
        let eating: Arc<Vec<AtomicBool>> = Arc::new((0..seats).map(|_| AtomicBool::new(false)).collect());
        let clashes = Arc::new(AtomicUsize::new(0));
        let meals = Arc::new(AtomicUsize::new(0));
        let (at_table, counted, seen) = (Arc::clone(&eating), Arc::clone(&clashes), Arc::clone(&meals));
        let eaten = dinner(seats, 300, move |seat| {
            let left = (seat + seats - 1) % seats;
            let right = (seat + 1) % seats;
            at_table[seat].store(true, Ordering::SeqCst);
            for _ in 0..5 {
                if at_table[left].load(Ordering::SeqCst) || at_table[right].load(Ordering::SeqCst) {
                    counted.fetch_add(1, Ordering::SeqCst);
                }
                thread::yield_now();
            }
            at_table[seat].store(false, Ordering::SeqCst);
            seen.fetch_add(1, Ordering::SeqCst);
        });
        assert_eq!(eaten, vec![300; seats]);
        assert_eq!(meals.load(Ordering::SeqCst), 300 * seats, "eat is called once per meal");
        assert_eq!(clashes.load(Ordering::SeqCst), 0, "two neighbours ate with one fork");
    }
}
