//! Accounts on a shared ledger: composition, and a trait whose default
//! methods call each account's own overrides.
//!
//! The Go program you are porting embeds a `Ledger` in every account and
//! "overrides" the fee and the overdraft limit that the ledger's `Withdraw`
//! uses:
//!
//! ```go
//! func (l *Ledger) Fee(amount int64) int64 { return 0 }
//! func (l *Ledger) Limit() int64           { return 0 }
//! func (l *Ledger) Withdraw(amount int64) error {
//!     fee := l.Fee(amount) // always Ledger.Fee
//!     if l.balance-amount-fee < -l.Limit() { // always Ledger.Limit
//!         return ErrRefused
//!     }
//!     ...
//! }
//!
//! type Savings struct{ Ledger }
//!
//! // Never called by Withdraw: a promoted method runs on the Ledger.
//! func (s *Savings) Fee(amount int64) int64 { ... }
//! ```
//!
//! In Rust each account holds its [`Ledger`] in a field, the trait
//! [`Account`] requires an accessor to it, and the default
//! [`Account::withdraw`] calls `self.fee` and `self.limit`: the account's
//! own, when it overrides them.
//!
//! Run the tests with `cargo test -p embedding-2`; ask for a hint with
//! `cargo course hint embedding-2`.

/// One line of a ledger's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Money put in.
    Deposit(i64),
    /// Money taken out, and the fee charged for it.
    Withdrawal {
        /// What was taken out.
        amount: i64,
        /// The fee charged on top of it.
        fee: i64,
    },
}

/// Why a withdrawal was refused: it cost more than was available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    /// What the withdrawal would have cost: the amount plus the fee.
    pub cost: i64,
    /// What could be taken: the balance plus the overdraft limit.
    pub available: i64,
}

/// The state every account has: Go's embedded `Ledger` struct, here a field
/// of each account.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    balance: i64,
    history: Vec<Entry>,
}

impl Ledger {
    /// An empty ledger: balance 0, no history.
    pub fn new() -> Ledger {
        // TODO: Go's `&Ledger{}`: the zero value is what you want, and
        // `Ledger` derives `Default`.
        todo!()
    }

    /// The balance: every deposit, less every withdrawal and its fee.
    pub fn balance(&self) -> i64 {
        // TODO: a getter for the `balance` field.
        todo!()
    }

    /// Every entry, oldest first.
    pub fn history(&self) -> &[Entry] {
        // TODO: lend the history out as a slice (Go would return the slice).
        todo!()
    }

    /// How many withdrawals the history holds (deposits not counted).
    pub fn withdrawals(&self) -> usize {
        // TODO: Go's loop with a type switch counting the withdrawals; here
        // `matches!(entry, Entry::Withdrawal { .. })` in a filter.
        todo!()
    }

    /// Appends `entry` to the history and applies it to the balance: a
    /// deposit adds its amount, a withdrawal takes its amount and its fee.
    /// It checks nothing: the account decides what to record.
    pub fn record(&mut self, entry: Entry) {
        // TODO: a `match` on the entry to change the balance, then push it
        // (Go's `l.history = append(l.history, e)`).
        todo!()
    }
}

/// An account: it has a ledger (the two required accessors), a fee and an
/// overdraft limit that a type may override, and deposits and withdrawals
/// written once, here, for every account. Amounts are positive.
pub trait Account {
    /// The account's ledger.
    fn ledger(&self) -> &Ledger;

    /// The account's ledger, to change.
    fn ledger_mut(&mut self) -> &mut Ledger;

    /// The fee for withdrawing `amount`: 0 unless the type overrides it.
    fn fee(&self, _amount: i64) -> i64 {
        // TODO: Go's `func (l *Ledger) Fee(amount int64) int64 { return 0 }`,
        // as a default method that a type may override.
        todo!()
    }

    /// How far below zero the balance may go: 0 unless the type overrides it.
    fn limit(&self) -> i64 {
        // TODO: Go's `func (l *Ledger) Limit() int64 { return 0 }`, as a
        // default method.
        todo!()
    }

    /// The ledger's balance: Go's promoted field, forwarded once for every
    /// account.
    fn balance(&self) -> i64 {
        // TODO: Go promotes `Balance()` from the embedded Ledger. A trait has
        // no fields: reach the ledger through `self.ledger()`.
        todo!()
    }

    /// Records a deposit of `amount`.
    fn deposit(&mut self, amount: i64) {
        // TODO: Go's promoted `Deposit`: record an `Entry::Deposit` in
        // `self.ledger_mut()`.
        todo!()
    }

    /// Withdraws `amount` and charges `self.fee(amount)` for it, if their
    /// sum is at most the balance plus `self.limit()`; otherwise records
    /// nothing and returns what it would have cost and what was available.
    fn withdraw(&mut self, amount: i64) -> Result<(), Refused> {
        // TODO: Go's `Ledger.Withdraw`, but with the fix Go cannot have: call
        // `self.fee(amount)` and `self.limit()`, which are the account's own
        // when it overrides them (do not put this logic in a `Ledger` method:
        // there `self` would be the Ledger, and the overrides unreachable,
        // as in Go). The fee counts against what is available. Record the
        // withdrawal only when it is accepted; Go's `return ErrRefused` is
        // `Err(Refused { .. })`.
        todo!()
    }
}

/// How many withdrawals a savings account makes for free.
pub const FREE_WITHDRAWALS: usize = 2;

/// The fee of each savings withdrawal after the free ones.
pub const SAVINGS_FEE: i64 = 3;

/// A checking account: no fee, no overdraft. It keeps every default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checking {
    ledger: Ledger,
}

impl Checking {
    /// An empty checking account.
    pub fn new() -> Checking {
        // TODO: Go's `&Checking{}`.
        todo!()
    }
}

impl Account for Checking {
    fn ledger(&self) -> &Ledger {
        // TODO: where Go embeds `Ledger`, this account has a field: lend it.
        todo!()
    }

    fn ledger_mut(&mut self) -> &mut Ledger {
        // TODO: the same field, mutably.
        todo!()
    }
}

/// A savings account: the first [`FREE_WITHDRAWALS`] withdrawals are free,
/// each later one costs [`SAVINGS_FEE`]. No overdraft.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Savings {
    ledger: Ledger,
}

impl Savings {
    /// An empty savings account.
    pub fn new() -> Savings {
        // TODO: Go's `&Savings{}`.
        todo!()
    }
}

impl Account for Savings {
    fn ledger(&self) -> &Ledger {
        // TODO: lend the `ledger` field.
        todo!()
    }

    fn ledger_mut(&mut self) -> &mut Ledger {
        // TODO: the same field, mutably.
        todo!()
    }

    fn fee(&self, _amount: i64) -> i64 {
        // TODO: Go's `func (s *Savings) Fee(amount int64) int64`, which Go's
        // `Withdraw` never calls. Here it is an override, inside
        // `impl Account for Savings` (keep it here: a method of a plain
        // `impl Savings` would be Go's shadowing, and the default `withdraw`
        // would not see it): 0 while the ledger holds fewer than
        // FREE_WITHDRAWALS withdrawals, SAVINGS_FEE after that.
        todo!()
    }
}

/// A credit account: it may overdraw down to minus its credit line, and
/// each withdrawal costs 1 % of its amount (rounded down).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    ledger: Ledger,
    line: i64,
}

impl Credit {
    /// An empty credit account with a credit line of `line`.
    pub fn new(line: i64) -> Credit {
        // TODO: Go's `&Credit{line: line}`, with an empty ledger.
        todo!()
    }
}

impl Account for Credit {
    fn ledger(&self) -> &Ledger {
        // TODO: lend the `ledger` field.
        todo!()
    }

    fn ledger_mut(&mut self) -> &mut Ledger {
        // TODO: the same field, mutably.
        todo!()
    }

    fn fee(&self, amount: i64) -> i64 {
        // TODO: Go's `func (c *Credit) Fee`, as an override: 1 % of the
        // amount, rounded down (integer division).
        todo!()
    }

    fn limit(&self) -> i64 {
        // TODO: Go's `func (c *Credit) Limit`, as an override: the credit
        // line.
        todo!()
    }
}

/// Moves `amount` from `from` to `to`: withdraws it from `from` (with
/// `from`'s fee and limit), then deposits `amount` (not the fee) into `to`.
/// A refused withdrawal changes neither account.
pub fn transfer(from: &mut dyn Account, to: &mut dyn Account, amount: i64) -> Result<(), Refused> {
    // TODO: Go's `if err := from.Withdraw(amount); err != nil { return err }`
    // and then `to.Deposit(amount)`, in that order: `?` is the early return.
    todo!()
}
