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
//!
//! Run the tests with `cargo test -p values-2`; ask for a hint with
//! `cargo course hint values-2`.

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
        // TODO: Go would return a pointer, `func Open(owner string) *Account
        // { return &Account{Owner: owner} }`. Rust returns the Account
        // itself, moved out to the caller: build it with the owner (an owned
        // `String`: `owner.to_owned()`), a balance of 0 and an empty history.
        todo!()
    }

    /// Adds `amount` (a positive number) to the balance and records it in
    /// the history.
    pub fn deposit(&mut self, amount: i64) {
        // TODO: this is Go's pointer receiver, `func (a *Account)
        // Deposit(amount int)`: `&mut self` is the caller's account. Add to
        // `self.balance` and push `amount` onto `self.history` itself (in Go,
        // `h := a.History; h = append(h, amount)` without `a.History = h`
        // loses the entry; in Rust a clone of the history would).
        todo!()
    }

    /// Takes `amount` (a positive number) from the balance and records
    /// `-amount` in the history, if the balance holds it: the whole balance
    /// may be taken. Otherwise the account is left as it was and the error
    /// says what was asked for.
    pub fn withdraw(&mut self, amount: i64) -> Result<(), InsufficientFunds> {
        // TODO: Go would return an `error`; here return
        // `Err(InsufficientFunds { balance, wanted })` when `amount` is more
        // than the balance, before changing anything. Otherwise take it from
        // the balance, push `-amount` onto the history and return `Ok(())`.
        todo!()
    }

    /// What the account would be after a deposit of `amount`: a new
    /// account, with its own history; this one is left as it was.
    pub fn with_deposit(&self, amount: i64) -> Account {
        // TODO: Go's value receiver, `func (a Account) WithDeposit(amount
        // int) Account { a.Deposit(amount); return a }`, gets a copy whose
        // `History` still shares the original's array: when that array has
        // room, two what-ifs from one account write the same slot. `&self`
        // only lends the account: make the copy yourself, deeply, with
        // `self.clone()`, deposit into the copy, and return it.
        todo!()
    }

    /// Closes the account and pays out its balance. It takes the account,
    /// so nobody can deposit into it afterwards.
    pub fn close(self) -> i64 {
        // TODO: `self` (no `&`) takes the account: after `account.close()`
        // the caller's `account` is moved, and using it again does not
        // compile. Go has no way to say that. Return the balance.
        todo!()
    }
}

/// Moves `amount` from `from` to `to`, recording it in both histories. If
/// `from` does not hold it, neither account changes.
pub fn transfer(
    from: &mut Account,
    to: &mut Account,
    amount: i64,
) -> Result<(), InsufficientFunds> {
    // TODO: Go would take two pointers, `func Transfer(from, to *Account,
    // amount int) error`, and nothing stops `Transfer(&a, &a, 10)`. Two
    // `&mut` borrows of one account cannot exist in Rust, so that call does
    // not compile. Withdraw from `from` first (the `?` operator returns its
    // error), then deposit into `to`.
    todo!()
}
