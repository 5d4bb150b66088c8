//! The dining philosophers, without the deadlock.
//!
//! Five philosophers sit at a round table with one fork between each pair.
//! To eat, a philosopher needs both forks beside them. If each picks up the
//! left fork first, all five can hold one fork and wait forever for the next:
//! a cycle in the wait-for graph. Number the forks and have everyone pick up
//! the lower-numbered one first (the resource hierarchy): the last
//! philosopher then reaches for fork 0 before fork 4, and the cycle cannot
//! close.
//!
//! Run the tests with `cargo test -p deadlock-1`; ask for a hint with
//! `cargo course hint deadlock-1`.

use std::sync::Mutex;
use std::thread;

/// The forks philosopher `seat` picks up, in the order they are picked up.
///
/// Seat `i` sits between forks `i` and `(i + 1) % seats`. The order must not
/// let a cycle form: if every philosopher holds their first fork, one of them
/// can still take their second.
pub fn forks_for(seat: usize, seats: usize) -> (usize, usize) {
    let (left, right) = (seat, (seat + 1) % seats);
    (left.min(right), left.max(right))
}

/// Seats `seats` philosophers (at least 2), each on a thread of their own,
/// who each eat `meals` times; returns how many meals each ate.
///
/// A meal is a call to `eat(seat)`, made while holding both of the seat's
/// forks (each fork is a `Mutex`), taken in the order [`forks_for`] gives.
/// Returns once every philosopher has finished.
pub fn dine(seats: usize, meals: usize, eat: &(dyn Fn(usize) + Sync)) -> Vec<usize> {
    let forks: Vec<Mutex<()>> = (0..seats).map(|_| Mutex::new(())).collect();
    thread::scope(|s| {
        let philosophers: Vec<_> = (0..seats)
            .map(|seat| {
                let forks = &forks;
                s.spawn(move || {
                    let (first, second) = forks_for(seat, seats);
                    for _ in 0..meals {
                        let _first = forks[first].lock().unwrap();
                        let _second = forks[second].lock().unwrap();
                        eat(seat);
                    }
                    meals
                })
            })
            .collect();
        philosophers
            .into_iter()
            .map(|philosopher| philosopher.join().unwrap())
            .collect()
    })
}
