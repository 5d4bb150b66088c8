//! Lock ordering: every thread takes the locks it needs in the same order.

use std::sync::{Mutex, MutexGuard};

// ANCHOR: ordered
/// An account with a number that fixes its place in the lock order.
#[derive(Debug)]
pub struct Account {
    /// The account's number: locks are taken lowest number first.
    pub number: u32,
    /// The balance, behind the account's lock.
    pub balance: Mutex<i64>,
}

/// Locks two different accounts, lowest number first, and returns their guards
/// in the order asked for.
///
/// Two threads moving money in opposite directions (`a -> b` and `b -> a`)
/// each lock the lower account first, so neither can hold one lock while the
/// other holds the second: the wait-for graph has no cycle.
///
/// # Panics
///
/// If `a` and `b` are the same account: `std::sync::Mutex` is not reentrant,
/// and locking it twice on one thread would deadlock (or panic).
pub fn lock_both<'a>(a: &'a Account, b: &'a Account) -> (MutexGuard<'a, i64>, MutexGuard<'a, i64>) {
    assert_ne!(
        a.number, b.number,
        "locking one account twice would self-deadlock"
    );
    if a.number < b.number {
        let ga = a.balance.lock().unwrap();
        let gb = b.balance.lock().unwrap();
        (ga, gb)
    } else {
        let gb = b.balance.lock().unwrap();
        let ga = a.balance.lock().unwrap();
        (ga, gb)
    }
}
// ANCHOR_END: ordered
