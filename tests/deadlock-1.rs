//! Graded tests for deadlock-1: the philosophers pick up forks in an order
//! that cannot form a cycle, never share a fork, and all finish. A deadlock
//! is reported by the test itself, within its own bounded wait, before the
//! watchdog's limit (checked with `leakcheck` for leftover threads).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use deadlock_1::{dine, forks_for};

/// How long the test waits for the table before calling it a deadlock.
const PATIENCE: Duration = Duration::from_millis(2000);

/// How long the first philosopher to eat keeps eating (holding both forks),
/// to show that no neighbour can eat meanwhile.
const HOLD: Duration = Duration::from_millis(300);

/// Runs a whole dinner on a helper thread and waits for it at most
/// [`PATIENCE`]; a dinner that does not end is reported as a deadlock.
fn dinner(seats: usize, meals: usize, eat: impl Fn(usize) + Sync + Send + 'static) -> Vec<usize> {
    dinner_within(PATIENCE, seats, meals, eat)
}

/// [`dinner`], waiting at most `patience`.
fn dinner_within(
    patience: Duration,
    seats: usize,
    meals: usize,
    eat: impl Fn(usize) + Sync + Send + 'static,
) -> Vec<usize> {
    let (done_tx, done) = mpsc::channel();
    thread::Builder::new()
        .name("dinner".into())
        .spawn(move || {
            let _ = done_tx.send(dine(seats, meals, &eat));
        })
        .unwrap();
    // ANCHOR: bounded_wait
    match done.recv_timeout(patience) {
        Ok(eaten) => eaten,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "deadlock: {seats} philosophers did not finish {meals} meals within {patience:?}: \
             every philosopher may be holding one fork and waiting for the next"
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("dine panicked (see above)"),
    }
    // ANCHOR_END: bounded_wait
}

/// What the philosophers' `eat` calls saw, behind one lock.
#[derive(Default)]
struct Meals {
    /// Who is inside `eat` now.
    eating: Vec<bool>,
    /// Meals eaten so far, per seat.
    eaten: Vec<usize>,
    /// The seat that ate first, and held on to its forks for [`HOLD`].
    first: Option<usize>,
    /// `(seat, neighbour)`: `seat` began to eat while `neighbour` was eating.
    clashes: Vec<(usize, usize)>,
}

/// A table whose first eater keeps eating for [`HOLD`] (or until a
/// neighbour eats too), so that a neighbour who can eat without its
/// forks is seen doing so, every time.
struct Watched {
    seats: usize,
    meals: Mutex<Meals>,
    changed: Condvar,
}

impl Watched {
    fn new(seats: usize) -> Self {
        Watched {
            seats,
            meals: Mutex::new(Meals {
                eating: vec![false; seats],
                eaten: vec![0; seats],
                ..Meals::default()
            }),
            changed: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Meals> {
        // A poisoned lock still holds the counts: report them, not the poison.
        self.meals
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn neighbours(&self, seat: usize) -> [usize; 2] {
        [
            (seat + self.seats - 1) % self.seats,
            (seat + 1) % self.seats,
        ]
    }

    /// The `eat` of a meal: records who eats, and makes the first eater
    /// wait (both forks held) until a neighbour eats or [`HOLD`] passes.
    fn eat(&self, seat: usize) {
        let mut meals = self.lock();
        for neighbour in self.neighbours(seat) {
            if meals.eating[neighbour] {
                meals.clashes.push((seat, neighbour));
            }
        }
        meals.eating[seat] = true;
        meals.eaten[seat] += 1;
        self.changed.notify_all();
        if meals.first.is_none() {
            meals.first = Some(seat);
            let [left, right] = self.neighbours(seat);
            let until = Instant::now() + HOLD;
            while meals.eaten[left] == 0 && meals.eaten[right] == 0 {
                let Some(left_to_wait) = until.checked_duration_since(Instant::now()) else {
                    break;
                };
                meals = self
                    .changed
                    .wait_timeout(meals, left_to_wait)
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .0;
            }
        }
        meals.eating[seat] = false;
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
                assert_eq!(
                    got,
                    expected,
                    "seat {seat} of {seats} sits between forks {} and {}, but picks up {first} and \
                     {second} (round the table, the last seat's right fork is fork 0: `% seats`)",
                    expected[0],
                    expected[1]
                );
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
            assert_eq!(eaten, [200; 5], "each of the five philosophers must eat its 200 meals");
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
        assert_eq!(eaten, vec![300; seats], "each philosopher must eat its 300 meals");
        let called = meals.load(Ordering::SeqCst);
        assert_eq!(
            called,
            300 * seats,
            "eat was called {called} times for {seats} × 300 meals: once per meal, no meal skipped"
        );
        let clashed = clashes.load(Ordering::SeqCst);
        assert_eq!(
            clashed, 0,
            "{clashed} times a philosopher saw a neighbour eating at the same time: they share a \
             fork, so one of them ate without holding both forks"
        );
    }

    /// While one philosopher eats (and takes its time), neither neighbour
    /// eats: a meal holds both forks for all of `eat`, and no meal is
    /// skipped because a fork was busy (wait for it instead).
    fn a_meal_holds_both_forks_until_it_ends() {
        let _serial = leakcheck::serial();
        let _guard = leakcheck::Guard::new();
        let seats = 5;
        let meals = 20;
        let table = Arc::new(Watched::new(seats));
        let eaten = dinner(seats, meals, {
            let table = Arc::clone(&table);
            move |seat| table.eat(seat)
        });
        let seen = table.lock();
        let first = seen.first.expect("nobody ate: eat was never called");
        assert!(
            seen.clashes.is_empty(),
            "seat {first} ate first and took {HOLD:?} over it, and meanwhile a neighbour ate too \
             (seat, neighbour eating): {:?}. A meal must hold both forks until `eat` returns: do \
             the guards live until after `eat(seat)`?",
            seen.clashes
        );
        assert_eq!(
            seen.eaten,
            vec![meals; seats],
            "meals eaten per seat, counted by eat: every philosopher must eat all {meals} meals; a \
             busy fork means wait for it (`lock`), not skip the meal"
        );
        assert_eq!(
            eaten,
            vec![meals; seats],
            "dine must return the meals each philosopher ate: {meals} each"
        );
    }

    /// Two and three philosophers eating as fast as they can, dinner after
    /// dinner for half a second: whoever sits last must also pick up the
    /// lower-numbered fork first (as `forks_for` says), or two neighbours
    /// soon hold one fork each and wait for the other's.
    fn small_tables_eating_fast_never_deadlock() {
        let _serial = leakcheck::serial();
        let _guard = leakcheck::Guard::new();
        let until = Instant::now() + Duration::from_millis(500);
        let mut dinners = 0;
        while dinners < 4 || Instant::now() < until {
            let seats = 2 + dinners % 2;
            let meals = 20_000;
            // A dinner takes milliseconds: a second is plenty.
            let eaten = dinner_within(Duration::from_secs(1), seats, meals, |_| {});
            assert_eq!(
                eaten,
                vec![meals; seats],
                "each of {seats} philosophers must eat its {meals} meals"
            );
            dinners += 1;
        }
    }
}
