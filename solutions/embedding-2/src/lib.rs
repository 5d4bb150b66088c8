//! Accounts on a shared ledger: composition, and a trait whose default
//! methods call each account's own overrides.
//!
//! The Go program this ports embeds a `Ledger` in every account and
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
//! Here each account holds its [`Ledger`] in a field, the trait [`Account`]
//! requires an accessor to it, and the default [`Account::withdraw`] calls
//! `self.fee` and `self.limit`: the account's own, when it overrides them.

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
        Ledger::default()
    }

    /// The balance: every deposit, less every withdrawal and its fee.
    pub fn balance(&self) -> i64 {
        self.balance
    }

    /// Every entry, oldest first.
    pub fn history(&self) -> &[Entry] {
        &self.history
    }

    /// How many withdrawals the history holds (deposits not counted).
    pub fn withdrawals(&self) -> usize {
        self.history
            .iter()
            .filter(|entry| matches!(entry, Entry::Withdrawal { .. }))
            .count()
    }

    /// Appends `entry` to the history and applies it to the balance: a
    /// deposit adds its amount, a withdrawal takes its amount and its fee.
    /// It checks nothing: the account decides what to record.
    pub fn record(&mut self, entry: Entry) {
        match entry {
            Entry::Deposit(amount) => self.balance += amount,
            Entry::Withdrawal { amount, fee } => self.balance -= amount + fee,
        }
        self.history.push(entry);
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
        0
    }

    /// How far below zero the balance may go: 0 unless the type overrides it.
    fn limit(&self) -> i64 {
        0
    }

    /// The ledger's balance: Go's promoted field, forwarded once for every
    /// account.
    fn balance(&self) -> i64 {
        self.ledger().balance()
    }

    /// Records a deposit of `amount`.
    fn deposit(&mut self, amount: i64) {
        self.ledger_mut().record(Entry::Deposit(amount));
    }

    /// Withdraws `amount` and charges `self.fee(amount)` for it, if their
    /// sum is at most the balance plus `self.limit()`; otherwise records
    /// nothing and returns what it would have cost and what was available.
    fn withdraw(&mut self, amount: i64) -> Result<(), Refused> {
        let fee = self.fee(amount);
        let cost = amount + fee;
        let available = self.balance() + self.limit();
        if cost > available {
            return Err(Refused { cost, available });
        }
        self.ledger_mut().record(Entry::Withdrawal { amount, fee });
        Ok(())
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
        Checking::default()
    }
}

impl Account for Checking {
    fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    fn ledger_mut(&mut self) -> &mut Ledger {
        &mut self.ledger
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
        Savings::default()
    }
}

impl Account for Savings {
    fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    fn ledger_mut(&mut self) -> &mut Ledger {
        &mut self.ledger
    }

    fn fee(&self, _amount: i64) -> i64 {
        if self.ledger.withdrawals() >= FREE_WITHDRAWALS {
            SAVINGS_FEE
        } else {
            0
        }
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
        Credit {
            ledger: Ledger::new(),
            line,
        }
    }
}

impl Account for Credit {
    fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    fn ledger_mut(&mut self) -> &mut Ledger {
        &mut self.ledger
    }

    fn fee(&self, amount: i64) -> i64 {
        amount / 100
    }

    fn limit(&self) -> i64 {
        self.line
    }
}

/// Moves `amount` from `from` to `to`: withdraws it from `from` (with
/// `from`'s fee and limit), then deposits `amount` (not the fee) into `to`.
/// A refused withdrawal changes neither account.
pub fn transfer(from: &mut dyn Account, to: &mut dyn Account, amount: i64) -> Result<(), Refused> {
    from.withdraw(amount)?;
    to.deposit(amount);
    Ok(())
}
