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

/// The forks philosopher `seat` picks up, in the order they are picked up.
///
/// Seat `i` sits between forks `i` and `(i + 1) % seats`. The order must not
/// let a cycle form: if every philosopher holds their first fork, one of them
/// can still take their second.
pub fn forks_for(seat: usize, seats: usize) -> (usize, usize) {
    // TODO: return the seat's two forks, `seat` and `(seat + 1) % seats`, in
    // an order that no cycle can come from ("left, then right" is the one
    // that deadlocks).
    todo!()
}

/// Seats `seats` philosophers (at least 2), each on a thread of their own,
/// who each eat `meals` times; returns how many meals each ate.
///
/// A meal is a call to `eat(seat)`, made while holding both of the seat's
/// forks (each fork is a `Mutex`), taken in the order [`forks_for`] gives.
/// Returns once every philosopher has finished.
pub fn dine(seats: usize, meals: usize, eat: &(dyn Fn(usize) + Sync)) -> Vec<usize> {
    // TODO: make `seats` forks (`Mutex<()>`), start one scoped thread per
    // seat that, `meals` times, locks its two forks in `forks_for` order and
    // calls `eat(seat)` while holding both; collect the meals eaten.
    todo!()
}
