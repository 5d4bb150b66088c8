//! A bank account whose methods borrow it, borrow it mutably, or take it:
//! Go's value and pointer receivers, said precisely.
//!
//! Go has two kinds of receiver: a value receiver `func (a Account) M()`
//! works on a copy, and a pointer receiver `func (a *Account) M()` on the
//! caller's account. A copy of an `Account` copies its `History` slice
//! header only, so a "copy" still shares the history's array with the
//! original. Rust has three, and no shallow copy:
//!
//! - `&self` reads the account (it cannot change it);
//! - `&mut self` changes the caller's account;
//! - `self` takes the account: the caller cannot use it afterwards;
//!
//! and `clone()` copies the account deeply, its history included.

/// A withdrawal or a transfer that asked for more than the balance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InsufficientFunds {
    /// The balance when the money was asked for.
    pub balance: i64,
    /// The amount asked for.
    pub wanted: i64,
}

/// A bank account: its owner, its balance, and every change to the balance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Whose account it is.
    pub owner: String,
    /// What is in it.
    pub balance: i64,
    /// Every change to the balance, oldest first: a deposit as its amount,
    /// a withdrawal as its amount made negative.
    pub history: Vec<i64>,
}

impl Account {
    /// A new account for `owner`, with nothing in it yet.
    pub fn open(owner: &str) -> Account {
        Account {
            owner: owner.to_owned(),
            balance: 0,
            history: Vec::new(),
        }
    }

    /// Adds `amount` (a positive number) to the balance and records it in
    /// the history.
    pub fn deposit(&mut self, amount: i64) {
        self.balance += amount;
        self.history.push(amount);
    }

    /// Takes `amount` (a positive number) from the balance and records
    /// `-amount` in the history, if the balance holds it: the whole balance
    /// may be taken. Otherwise the account is left as it was and the error
    /// says what was asked for.
    pub fn withdraw(&mut self, amount: i64) -> Result<(), InsufficientFunds> {
        if amount > self.balance {
            return Err(InsufficientFunds {
                balance: self.balance,
                wanted: amount,
            });
        }
        self.balance -= amount;
        self.history.push(-amount);
        Ok(())
    }

    /// What the account would be after a deposit of `amount`: a new
    /// account, with its own history; this one is left as it was.
    pub fn with_deposit(&self, amount: i64) -> Account {
        let mut after = self.clone();
        after.deposit(amount);
        after
    }

    /// Closes the account and pays out its balance. It takes the account,
    /// so nobody can deposit into it afterwards.
    pub fn close(self) -> i64 {
        self.balance
    }
}

/// Moves `amount` from `from` to `to`, recording it in both histories. If
/// `from` does not hold it, neither account changes.
pub fn transfer(
    from: &mut Account,
    to: &mut Account,
    amount: i64,
) -> Result<(), InsufficientFunds> {
    from.withdraw(amount)?;
    to.deposit(amount);
    Ok(())
}
