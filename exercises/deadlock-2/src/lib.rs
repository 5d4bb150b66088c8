//! A bank whose transfers cannot deadlock.
//!
//! Each account has its own lock, so transfers between different accounts
//! run in parallel. A transfer locks two accounts; two transfers in opposite
//! directions (`a -> b` and `b -> a`) that lock "from, then to" can each hold
//! one lock and wait for the other. Locking the lower-numbered account first
//! removes the cycle. A transfer from an account to itself must not lock the
//! account twice: `std::sync::Mutex` is not reentrant.
//!
//! Run the tests with `cargo test -p deadlock-2`; ask for a hint with
//! `cargo course hint deadlock-2`.

use std::sync::Mutex;

/// Why a transfer was refused. A refused transfer changes no balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferError {
    /// An account number is out of range.
    NoSuchAccount,
    /// `from` and `to` are the same account.
    SameAccount,
    /// `from` holds less than the amount.
    InsufficientFunds,
}

/// Accounts numbered from 0, each behind its own lock.
#[derive(Debug)]
pub struct Bank {
    accounts: Vec<Mutex<u64>>,
}

impl Bank {
    /// A bank with one account per balance, numbered in order.
    pub fn new(balances: &[u64]) -> Self {
        // TODO: one `Mutex` per balance, in order.
        todo!()
    }

    /// The balance of `account`, or `None` if there is no such account.
    pub fn balance(&self, account: usize) -> Option<u64> {
        // TODO: lock the account and read it; `None` when out of range.
        todo!()
    }

    /// The sum of every balance, read at one instant: no transfer is half
    /// done in it.
    pub fn total(&self) -> u64 {
        // TODO: hold every account's lock at once (take them in account
        // order, as transfers do), then add the balances up.
        todo!()
    }

    /// Moves `amount` from `from` to `to`, atomically: no one sees the money
    /// in both accounts or in neither.
    pub fn transfer(&self, from: usize, to: usize, amount: u64) -> Result<(), TransferError> {
        // TODO: check the account numbers (`NoSuchAccount`, `SameAccount`:
        // locking one `Mutex` twice on a thread deadlocks). Lock the two
        // accounts lower number first, then check the funds and move the money.
        todo!()
    }
}
