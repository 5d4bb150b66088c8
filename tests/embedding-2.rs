//! Graded tests for embedding-2: accounts on a shared ledger, a trait whose
//! default methods call each account's own fee and limit.

use embedding_2::{
    Account, Checking, Credit, Entry, FREE_WITHDRAWALS, Ledger, Refused, SAVINGS_FEE, Savings,
    transfer,
};

/// An account of the tests' own that writes only the two accessors.
struct Plain {
    ledger: Ledger,
}

impl Account for Plain {
    fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    fn ledger_mut(&mut self) -> &mut Ledger {
        &mut self.ledger
    }
}

/// An account of the tests' own that overrides both the fee and the limit.
struct Premium {
    ledger: Ledger,
}

impl Account for Premium {
    fn ledger(&self) -> &Ledger {
        &self.ledger
    }

    fn ledger_mut(&mut self) -> &mut Ledger {
        &mut self.ledger
    }

    fn fee(&self, _amount: i64) -> i64 {
        10
    }

    fn limit(&self) -> i64 {
        1000
    }
}

fn withdrawal(amount: i64, fee: i64) -> Entry {
    Entry::Withdrawal { amount, fee }
}

graded::tests! {
    /// A ledger applies each entry it records to its balance, keeps the
    /// entries in order, and counts only the withdrawals.
    fn ledger_records_and_applies_entries() {
        let mut ledger = Ledger::new();
        assert_eq!(ledger.balance(), 0, "a new Ledger should have a balance of 0");
        assert!(ledger.history().is_empty(), "a new Ledger should have no history");
        assert_eq!(ledger.withdrawals(), 0, "a new Ledger should count no withdrawals");

        ledger.record(Entry::Deposit(100));
        assert_eq!(ledger.balance(), 100, "recording Deposit(100) should add 100 to the balance");
        ledger.record(withdrawal(30, 2));
        assert_eq!(
            ledger.balance(),
            68,
            "recording a withdrawal of 30 with a fee of 2 should take 32 from the balance"
        );
        ledger.record(Entry::Deposit(5));
        assert_eq!(
            ledger.history(),
            [Entry::Deposit(100), withdrawal(30, 2), Entry::Deposit(5)],
            "the history should hold every recorded entry, oldest first"
        );
        assert_eq!(
            ledger.withdrawals(),
            1,
            "withdrawals() should count the withdrawals only, not the deposits"
        );
    }

    /// The default `balance` and `deposit` go through the account's ledger.
    fn default_balance_and_deposit_use_the_ledger() {
        let mut plain = Plain { ledger: Ledger::new() };
        plain.deposit(50);
        plain.deposit(25);
        assert_eq!(
            plain.balance(),
            75,
            "the default balance() should be the ledger's balance, after deposits of 50 and 25"
        );
        assert_eq!(
            plain.ledger().history(),
            [Entry::Deposit(50), Entry::Deposit(25)],
            "the default deposit() should record a Deposit in the account's ledger"
        );
        assert_eq!(plain.fee(500), 0, "the default fee() should be 0");
        assert_eq!(plain.limit(), 0, "the default limit() should be 0");
    }

    /// A checking account keeps the defaults: no fee, no overdraft, and a
    /// refused withdrawal changes nothing.
    fn checking_withdraws_without_fee_or_overdraft() {
        let mut checking = Checking::new();
        assert_eq!(checking.balance(), 0, "a new Checking account should have a balance of 0");
        checking.deposit(100);
        assert_eq!(checking.withdraw(40), Ok(()), "withdrawing 40 of 100 should be accepted");
        assert_eq!(checking.balance(), 60, "withdrawing 40 of 100 with no fee should leave 60");
        assert_eq!(
            checking.withdraw(61),
            Err(Refused { cost: 61, available: 60 }),
            "withdrawing 61 of 60 with no overdraft should be refused, with cost 61 and \
             available 60"
        );
        assert_eq!(checking.balance(), 60, "a refused withdrawal should not change the balance");
        assert_eq!(
            checking.withdraw(60),
            Ok(()),
            "withdrawing the whole balance should be accepted: the balance may reach the limit"
        );
        assert_eq!(checking.balance(), 0, "withdrawing all of 60 should leave 0");
        assert_eq!(
            checking.ledger().history(),
            [Entry::Deposit(100), withdrawal(40, 0), withdrawal(60, 0)],
            "the history should hold the deposit and the two accepted withdrawals, with fee 0, \
             and nothing for the refused one"
        );
    }

    /// A savings account charges its own fee after the free withdrawals,
    /// and the default `withdraw` charges it.
    fn savings_charges_its_fee_after_the_free_withdrawals() {
        assert_eq!(FREE_WITHDRAWALS, 2, "FREE_WITHDRAWALS should be 2");
        assert_eq!(SAVINGS_FEE, 3, "SAVINGS_FEE should be 3");
        let mut savings = Savings::new();
        savings.deposit(100);
        let mut fees = Vec::new();
        for _ in 0..4 {
            fees.push(savings.fee(10));
            assert_eq!(savings.withdraw(10), Ok(()), "withdrawing 10 from savings should be accepted");
        }
        assert_eq!(
            fees,
            [0, 0, 3, 3],
            "a Savings account's fee() should be 0 for its first 2 withdrawals and 3 for each \
             later one"
        );
        assert_eq!(
            savings.balance(),
            100 - 10 - 10 - 13 - 13,
            "four withdrawals of 10 from 100 should leave 54: the default withdraw() must call \
             self.fee(), and Savings must override fee() inside `impl Account for Savings` (a \
             method of a plain `impl Savings` is Go's shadowing: withdraw() never sees it)"
        );
        assert_eq!(
            savings.ledger().history(),
            [Entry::Deposit(100), withdrawal(10, 0), withdrawal(10, 0), withdrawal(10, 3), withdrawal(10, 3)],
            "each withdrawal should be recorded with the fee the account charged for it"
        );
    }

    /// The fee is part of what must be available, and a refused withdrawal
    /// is not counted as one of the free ones.
    fn the_fee_counts_against_the_balance_and_refusals_are_not_counted() {
        let mut savings = Savings::new();
        savings.deposit(5);
        assert_eq!(
            savings.withdraw(10),
            Err(Refused { cost: 10, available: 5 }),
            "withdrawing 10 of 5 from savings should be refused"
        );
        assert_eq!(savings.withdraw(3), Ok(()), "withdrawing 3 of 5 should be accepted");
        assert_eq!(
            savings.fee(1),
            0,
            "after one refused and one accepted withdrawal, the next should still be free: a \
             refused withdrawal is not recorded, so it is not counted"
        );
        assert_eq!(savings.withdraw(2), Ok(()), "withdrawing the last 2 (free) should be accepted");
        assert_eq!(savings.balance(), 0, "5 - 3 - 2 should leave 0");

        savings.deposit(12);
        assert_eq!(
            savings.withdraw(10),
            Err(Refused { cost: 13, available: 12 }),
            "withdrawing 10 of 12 with a fee of 3 should be refused: the fee counts against what \
             is available"
        );
        assert_eq!(savings.balance(), 12, "a refused withdrawal should not change the balance");
        assert_eq!(
            savings.withdraw(9),
            Ok(()),
            "withdrawing 9 of 12 with a fee of 3 costs exactly 12 and should be accepted"
        );
        assert_eq!(savings.balance(), 0, "12 - 9 - 3 should leave 0");
    }

    /// A credit account overdraws down to minus its line, with its own fee
    /// of 1 % counted in.
    fn credit_overdraws_down_to_its_line() {
        let mut credit = Credit::new(500);
        assert_eq!(credit.limit(), 500, "a Credit account's limit() should be its credit line");
        assert_eq!(credit.fee(250), 2, "a Credit account's fee() should be 1 % of the amount, rounded down");
        assert_eq!(
            credit.withdraw(300),
            Ok(()),
            "withdrawing 300 from an empty Credit account with a line of 500 should be accepted: \
             the default withdraw() must use self.limit()"
        );
        assert_eq!(credit.balance(), -303, "withdrawing 300 with a fee of 3 should leave -303");
        assert_eq!(
            credit.withdraw(200),
            Err(Refused { cost: 202, available: 197 }),
            "withdrawing 200 (fee 2) at -303 with a line of 500 should be refused: 197 is available"
        );
        assert_eq!(
            credit.withdraw(195),
            Ok(()),
            "withdrawing 195 (fee 1) should be accepted: it costs 196 of the 197 available"
        );
        assert_eq!(credit.balance(), -499, "-303 - 195 - 1 should be -499");
        assert_eq!(
            credit.withdraw(1),
            Ok(()),
            "withdrawing 1 (fee 0) at -499 should be accepted: the balance may reach minus the line"
        );
        assert_eq!(
            credit.withdraw(1),
            Err(Refused { cost: 1, available: 0 }),
            "at minus the credit line, nothing more should be available"
        );
        assert_eq!(credit.balance(), -500, "the balance should stop at minus the credit line");
    }

    /// The default `withdraw` calls whatever fee and limit the implementor
    /// writes, for a type it has never seen.
    fn default_withdraw_calls_the_implementors_fee_and_limit() {
        let mut premium = Premium { ledger: Ledger::new() };
        assert_eq!(
            premium.withdraw(500),
            Ok(()),
            "an account whose limit() is 1000 should be able to withdraw 500 from 0"
        );
        assert_eq!(
            premium.balance(),
            -510,
            "withdrawing 500 from an account whose fee() is 10 should leave -510"
        );
        assert_eq!(
            premium.withdraw(500),
            Err(Refused { cost: 510, available: 490 }),
            "at -510 with a limit of 1000, a withdrawal costing 510 should be refused"
        );
        let mut plain = Plain { ledger: Ledger::new() };
        plain.deposit(20);
        assert_eq!(
            plain.withdraw(21),
            Err(Refused { cost: 21, available: 20 }),
            "an account that keeps the defaults should have no overdraft"
        );
    }

    /// A transfer withdraws from the sender, with its fee and limit, and
    /// deposits the amount, without the fee, into the receiver.
    fn transfer_charges_the_sender_and_credits_the_amount() {
        let mut credit = Credit::new(1000);
        let mut checking = Checking::new();
        assert_eq!(
            transfer(&mut credit, &mut checking, 200),
            Ok(()),
            "transferring 200 from a Credit account with a line of 1000 should be accepted"
        );
        assert_eq!(credit.balance(), -202, "the sender should pay the amount and its own fee (2)");
        assert_eq!(checking.balance(), 200, "the receiver should get the amount, not the fee");
        assert_eq!(
            checking.ledger().history(),
            [Entry::Deposit(200)],
            "the receiver should record one deposit of the amount"
        );
        assert_eq!(
            credit.ledger().history(),
            [withdrawal(200, 2)],
            "the sender should record one withdrawal, with its fee"
        );
    }

    /// A refused transfer changes neither account.
    fn refused_transfer_changes_neither_account() {
        let mut checking = Checking::new();
        checking.deposit(10);
        let mut savings = Savings::new();
        assert_eq!(
            transfer(&mut checking, &mut savings, 50),
            Err(Refused { cost: 50, available: 10 }),
            "transferring 50 out of a Checking account holding 10 should be refused"
        );
        assert_eq!(checking.balance(), 10, "a refused transfer should not change the sender");
        assert_eq!(
            savings.balance(),
            0,
            "a refused transfer should not deposit anything into the receiver: withdraw first, \
             and deposit only if the withdrawal was accepted"
        );
        assert!(
            savings.ledger().history().is_empty(),
            "a refused transfer should record nothing in the receiver's ledger"
        );
    }

    /// Through trait objects, each account still charges its own fee.
    fn trait_objects_keep_each_accounts_overrides() {
        let mut accounts: Vec<Box<dyn Account>> =
            vec![Box::new(Checking::new()), Box::new(Savings::new()), Box::new(Credit::new(100))];
        for account in &mut accounts {
            account.deposit(100);
            for _ in 0..3 {
                assert_eq!(account.withdraw(30), Ok(()), "withdrawing 30 three times from 100 should be accepted");
            }
        }
        let balances: Vec<i64> = accounts.iter().map(|account| account.balance()).collect();
        assert_eq!(
            balances,
            [10, 7, 10],
            "after three withdrawals of 30 from 100: Checking 10, Savings 7 (its third costs 3), \
             Credit 10 (1 % of 30 is 0)"
        );
        let (first, rest) = accounts.split_at_mut(1);
        assert_eq!(
            transfer(first[0].as_mut(), rest[1].as_mut(), 10),
            Ok(()),
            "transferring 10 from Checking to Credit through &mut dyn Account should be accepted"
        );
        assert_eq!(
            transfer(rest[0].as_mut(), first[0].as_mut(), 5),
            Err(Refused { cost: 8, available: 7 }),
            "transferring 5 out of Savings (fee 3) holding 7 should be refused"
        );
        let balances: Vec<i64> = accounts.iter().map(|account| account.balance()).collect();
        assert_eq!(balances, [0, 7, 20], "the balances after one accepted and one refused transfer");
    }
}
