//! Graded tests for values-2: an account's methods borrow it (`&self`),
//! borrow it mutably (`&mut self`) or take it (`self`).

use values_2::{Account, InsufficientFunds, transfer};

/// An account of `owner` that has seen these deposits.
fn account(owner: &str, deposits: &[i64]) -> Account {
    Account {
        owner: owner.to_owned(),
        balance: deposits.iter().sum(),
        history: deposits.to_vec(),
    }
}

graded::tests! {
    /// A new account has its owner, a balance of 0 and no history.
    fn open_starts_with_nothing() {
        let ann = Account::open("ann");
        assert_eq!(
            ann,
            account("ann", &[]),
            "Account::open(\"ann\") should be ann's account with a balance of 0 and an empty \
             history"
        );
    }

    /// A deposit changes the caller's account: the balance grows and the
    /// amount is recorded.
    fn deposit_adds_to_the_balance_and_the_history() {
        let mut ann = Account::open("ann");
        ann.deposit(100);
        ann.deposit(50);
        assert_eq!(
            ann.balance, 150,
            "after deposits of 100 and 50 the balance should be 150"
        );
        assert_eq!(
            ann.history,
            [100, 50],
            "every deposit should be recorded in the account's own history, in order: pushing \
             onto a copy of the history (like Go's `h := a.History; h = append(h, x)`) loses \
             the entry"
        );
    }

    /// A withdrawal takes from the balance and records a negative change.
    fn withdraw_takes_from_the_balance_and_records_a_negative_change() {
        let mut ann = account("ann", &[100]);
        assert_eq!(
            ann.withdraw(30),
            Ok(()),
            "withdrawing 30 from a balance of 100 should succeed"
        );
        assert_eq!(ann.balance, 70, "after withdrawing 30 from 100 the balance should be 70");
        assert_eq!(
            ann.history,
            [100, -30],
            "a withdrawal of 30 should be recorded as -30"
        );
    }

    /// The whole balance may be withdrawn.
    fn withdraw_may_take_the_whole_balance() {
        let mut ann = account("ann", &[80]);
        assert_eq!(
            ann.withdraw(80),
            Ok(()),
            "withdrawing 80 from a balance of 80 should succeed: the balance holds it exactly"
        );
        assert_eq!(ann.balance, 0, "after withdrawing the whole balance it should be 0");
        assert_eq!(ann.history, [80, -80], "the withdrawal should be recorded as -80");
    }

    /// A withdrawal of more than the balance fails, says why, and leaves
    /// the account exactly as it was.
    fn a_refused_withdrawal_changes_nothing() {
        let mut ann = account("ann", &[50]);
        assert_eq!(
            ann.withdraw(51),
            Err(InsufficientFunds { balance: 50, wanted: 51 }),
            "withdrawing 51 from a balance of 50 should fail with the balance and the amount"
        );
        assert_eq!(
            ann,
            account("ann", &[50]),
            "a refused withdrawal should leave the balance and the history as they were"
        );
    }

    /// `with_deposit` returns a new account with the deposit, balance and
    /// history, and leaves the original as it was.
    fn with_deposit_returns_a_new_account_and_leaves_this_one_alone() {
        let ann = account("ann", &[100]);
        let after = ann.with_deposit(25);
        assert_eq!(
            after,
            account("ann", &[100, 25]),
            "ann.with_deposit(25) should be ann's account after a deposit of 25: the balance \
             125 and the deposit in its history"
        );
        assert_eq!(
            ann,
            account("ann", &[100]),
            "with_deposit should leave the account it was called on as it was"
        );
    }

    /// Two what-ifs from one account are independent of each other (in Go
    /// their histories could share an array and overwrite each other).
    fn two_what_ifs_from_one_account_do_not_share_a_history() {
        let mut ann = Account::open("ann");
        ann.history.reserve(8); // room to grow, where Go's append would share the array
        ann.deposit(10);
        let more = ann.with_deposit(5);
        let less = ann.with_deposit(1);
        assert_eq!(
            (more.history.as_slice(), less.history.as_slice()),
            (&[10, 5][..], &[10, 1][..]),
            "each what-if should have its own history"
        );
        assert_eq!((more.balance, less.balance), (15, 11), "each what-if has its own balance");
        assert_eq!(ann, account("ann", &[10]), "the original account should not change");
    }

    /// Closing an account pays out its balance.
    fn close_pays_out_the_balance() {
        let mut ann = account("ann", &[100, 20]);
        ann.withdraw(47).expect("the balance of 120 holds 47");
        assert_eq!(ann.close(), 73, "closing an account with 73 in it should pay out 73");
        assert_eq!(
            Account::open("bo").close(),
            0,
            "closing an empty account should pay out 0"
        );
    }

    /// A transfer moves the money, and both accounts record it.
    fn transfer_moves_money_between_two_accounts() {
        let mut ann = account("ann", &[100]);
        let mut bo = account("bo", &[5]);
        assert_eq!(
            transfer(&mut ann, &mut bo, 40),
            Ok(()),
            "moving 40 out of a balance of 100 should succeed"
        );
        assert_eq!(
            (&ann, &bo),
            (&account("ann", &[100, -40]), &account("bo", &[5, 40])),
            "after moving 40 from ann to bo, ann should have 60 (history 100, -40) and bo 45 \
             (history 5, 40)"
        );
    }

    /// A transfer of more than `from` holds fails and changes neither account.
    fn a_refused_transfer_changes_neither_account() {
        let mut ann = account("ann", &[30]);
        let mut bo = account("bo", &[5]);
        assert_eq!(
            transfer(&mut ann, &mut bo, 31),
            Err(InsufficientFunds { balance: 30, wanted: 31 }),
            "moving 31 out of a balance of 30 should fail with the balance and the amount"
        );
        assert_eq!(
            (&ann, &bo),
            (&account("ann", &[30]), &account("bo", &[5])),
            "a refused transfer should change neither account: check (withdraw) before you \
             deposit"
        );
    }
}
