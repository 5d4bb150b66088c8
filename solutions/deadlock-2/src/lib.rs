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

use std::sync::{Mutex, MutexGuard};

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
        Bank {
            accounts: balances.iter().map(|&b| Mutex::new(b)).collect(),
        }
    }

    fn lock(&self, account: usize) -> MutexGuard<'_, u64> {
        self.accounts[account]
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The balance of `account`, or `None` if there is no such account.
    pub fn balance(&self, account: usize) -> Option<u64> {
        (account < self.accounts.len()).then(|| *self.lock(account))
    }

    /// The sum of every balance, read at one instant: no transfer is half
    /// done in it.
    pub fn total(&self) -> u64 {
        // Hold every lock at once, taken in account order like a transfer's.
        let guards: Vec<MutexGuard<'_, u64>> =
            (0..self.accounts.len()).map(|a| self.lock(a)).collect();
        guards.iter().map(|g| **g).sum()
    }

    /// Moves `amount` from `from` to `to`, atomically: no one sees the money
    /// in both accounts or in neither.
    pub fn transfer(&self, from: usize, to: usize, amount: u64) -> Result<(), TransferError> {
        let n = self.accounts.len();
        if from >= n || to >= n {
            return Err(TransferError::NoSuchAccount);
        }
        if from == to {
            return Err(TransferError::SameAccount);
        }
        // The global order: lower account number first.
        let (mut from_balance, mut to_balance) = if from < to {
            let f = self.lock(from);
            (f, self.lock(to))
        } else {
            let t = self.lock(to);
            (self.lock(from), t)
        };
        if *from_balance < amount {
            return Err(TransferError::InsufficientFunds);
        }
        *from_balance -= amount;
        *to_balance += amount;
        Ok(())
    }
}
