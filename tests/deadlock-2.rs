//! Graded tests for deadlock-2: transfers move money atomically, refuse what
//! they cannot do, and never deadlock, however they cross. Each concurrent
//! test bounds its own wait and reports a deadlock before the watchdog would
//! (and checks with `leakcheck` that no thread is left behind).
//!
//! Two tests take an account's lock themselves, to force the interleaving
//! that shows a bug every time rather than now and then. There is no API
//! for that, but printing the bank with `{:?}` does it: `Mutex`'s `Debug`
//! takes the lock (with `try_lock`) and holds it while it prints the
//! balance, so a printer that stops in the middle of account `k`'s balance
//! holds account `k`'s lock ([`Hold`]). The same printing shows which
//! accounts are locked by someone else: they print as `<locked>`
//! ([`locked_accounts`]).

use std::fmt::{self, Write as _};
use std::sync::{Arc, mpsc};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use deadlock_2::{Bank, TransferError};

/// How long a test waits for its threads before calling it a deadlock.
const PATIENCE: Duration = Duration::from_millis(2000);

/// Runs `body` on a helper thread and waits at most [`PATIENCE`] for it.
fn within<T: Send + 'static>(what: &str, body: impl FnOnce() -> T + Send + 'static) -> T {
    let (done_tx, done) = mpsc::channel();
    thread::spawn(move || {
        let _ = done_tx.send(body());
    });
    match done.recv_timeout(PATIENCE) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!(
            "deadlock: {what} did not finish within {PATIENCE:?}: two transfers may each hold \
             one account's lock and wait for the other's (or one thread locked an account twice)"
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("{what} panicked (see above)"),
    }
}

/// How long a test watches for a lock being taken that must not be.
const LOOK: Duration = Duration::from_millis(200);

/// Holds one account's lock, on a thread of its own, until dropped.
struct Hold {
    release: Option<mpsc::Sender<()>>,
    printer: Option<JoinHandle<()>>,
}

/// The printer behind [`Hold`]: it stops when it is about to write the
/// balance of account `account`, with that account's lock held.
struct Printer {
    text: String,
    account: usize,
    held: Option<mpsc::Sender<Result<(), String>>>,
    release: mpsc::Receiver<()>,
}

impl fmt::Write for Printer {
    fn write_str(&mut self, piece: &str) -> fmt::Result {
        let at_the_balance = self.text.ends_with("data: ")
            && self.text.matches("data: ").count() == self.account + 1;
        self.text.push_str(piece);
        if at_the_balance && let Some(held) = self.held.take() {
            // A balance is digits; a locked `Mutex` prints `<locked>` (quoted, lately).
            if !piece.starts_with(|c: char| c.is_ascii_digit()) {
                let _ = held.send(Err(format!("account {} was already locked", self.account)));
            } else {
                let _ = held.send(Ok(()));
                // Until the test lets go (or is gone).
                let _ = self.release.recv();
            }
        }
        Ok(())
    }
}

impl Hold {
    /// Takes `account`'s lock and keeps it until the `Hold` is dropped.
    fn account(bank: &Arc<Bank>, account: usize) -> Hold {
        let (held_tx, held) = mpsc::channel();
        let (release, release_rx) = mpsc::channel();
        let bank = Arc::clone(bank);
        let printer = thread::spawn(move || {
            let mut printer = Printer {
                text: String::new(),
                account,
                held: Some(held_tx),
                release: release_rx,
            };
            let _ = write!(printer, "{bank:?}");
        });
        match held.recv_timeout(PATIENCE) {
            Ok(Ok(())) => {}
            Ok(Err(why)) => panic!("the test could not take account {account}'s lock: {why}"),
            Err(_) => panic!(
                "the test could not take account {account}'s lock by printing the bank with \
                 `{{:?}}`: keep `#[derive(Debug)]` on `Bank` and its `accounts: Vec<Mutex<u64>>`"
            ),
        }
        Hold {
            release: Some(release),
            printer: Some(printer),
        }
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        drop(self.release.take()); // the printer finishes, and lets go of the lock
        if let Some(printer) = self.printer.take() {
            let _ = printer.join();
        }
    }
}

/// Which accounts someone holds the lock of now, read from `{:?}`, which
/// prints a locked `Mutex` as `<locked>` instead of waiting for it.
fn locked_accounts(bank: &Bank) -> Vec<bool> {
    format!("{bank:?}")
        .split("data: ")
        .skip(1)
        .map(|balance| balance.trim_start_matches('"').starts_with("<locked>"))
        .collect()
}

/// Runs `transfer(from, to, amount)` on a thread of its own; the result
/// comes on the returned channel.
fn transfer_in_background(
    bank: &Arc<Bank>,
    (from, to): (usize, usize),
    amount: u64,
) -> mpsc::Receiver<Result<(), TransferError>> {
    let (done_tx, done) = mpsc::channel();
    let bank = Arc::clone(bank);
    thread::spawn(move || {
        let _ = done_tx.send(bank.transfer(from, to, amount));
    });
    done
}

/// Starts one thread per `(from, to)` route, each making `rounds` transfers
/// of 1 along it; returns how many transfers succeeded.
fn crossing_traffic(bank: &Arc<Bank>, routes: &[(usize, usize)], rounds: usize) -> usize {
    let movers: Vec<_> = routes
        .iter()
        .map(|&(from, to)| {
            let bank = Arc::clone(bank);
            thread::spawn(move || {
                (0..rounds)
                    .filter(|_| bank.transfer(from, to, 1).is_ok())
                    .count()
            })
        })
        .collect();
    movers
        .into_iter()
        .map(|m| {
            m.join()
                .expect("a thread making transfers panicked (see above)")
        })
        .sum()
}

graded::tests! {
    /// A transfer moves the amount; the balances say so.
    fn a_transfer_moves_the_amount() {
        let (first, back, balances, total) = within("transfers and reads on one thread", || {
            let bank = Bank::new(&[100, 50]);
            let first = bank.transfer(0, 1, 30);
            let after_first = (bank.balance(0), bank.balance(1));
            let back = bank.transfer(1, 0, 80);
            let balances = (after_first, (bank.balance(0), bank.balance(1)), bank.balance(2));
            (first, back, balances, bank.total())
        });
        assert_eq!(first, Ok(()), "30 from account 0 (100) to account 1 (50) has the funds");
        assert_eq!(
            balances.0,
            (Some(70), Some(80)),
            "after moving 30 from account 0 (100) to account 1 (50), the balances (0, 1)"
        );
        assert_eq!(back, Ok(()), "80 from account 1 (80) to account 0 (70) has the funds");
        assert_eq!(
            balances.1,
            (Some(150), Some(0)),
            "after moving 80 back from account 1 to account 0, the balances (0, 1)"
        );
        assert_eq!(balances.2, None, "a bank of two accounts has no account 2");
        assert_eq!(total, 150, "the total of balances 150 and 0");
    }

    /// Refused transfers say why and change nothing.
    fn refused_transfers_change_nothing() {
        let (results, balances) = within("refused transfers on one thread", || {
            let bank = Bank::new(&[10, 20, 30]);
            let results = [bank.transfer(0, 1, 11), bank.transfer(0, 3, 1), bank.transfer(9, 0, 1)];
            (results, (bank.balance(0), bank.balance(1), bank.balance(2)))
        });
        assert_eq!(
            results[0],
            Err(TransferError::InsufficientFunds),
            "11 from account 0, which holds 10"
        );
        assert_eq!(
            results[1],
            Err(TransferError::NoSuchAccount),
            "a transfer to account 3 of a bank of three (0 to 2)"
        );
        assert_eq!(
            results[2],
            Err(TransferError::NoSuchAccount),
            "a transfer from account 9 of a bank of three (0 to 2)"
        );
        assert_eq!(
            balances,
            (Some(10), Some(20), Some(30)),
            "refused transfers must leave every balance as it was"
        );
    }

    /// A transfer from an account to itself is refused, not a self-deadlock
    /// on the account's lock.
    fn a_transfer_to_the_same_account_is_refused_without_deadlock() {
        let result = within("a transfer from account 1 to itself", || {
            Bank::new(&[5, 5]).transfer(1, 1, 1)
        });
        assert_eq!(
            result,
            Err(TransferError::SameAccount),
            "a transfer from account 1 to account 1"
        );
    }

    /// While another thread holds account 0's lock, transfers between
    /// account 0 and the others, in both directions, wait for account 0
    /// *holding no other lock*: lower-numbered account first, whatever the
    /// direction. One that took its other account first would, against a
    /// transfer the other way, be one half of a deadlock.
    fn a_transfer_takes_the_lower_numbered_account_first() {
        let bank = Arc::new(Bank::new(&[10, 10, 10]));
        let routes = [(1, 0), (0, 1), (2, 0), (0, 2)];
        let hold = Hold::account(&bank, 0);
        let movers: Vec<_> = routes
            .iter()
            .map(|&route| transfer_in_background(&bank, route, 1))
            .collect();
        let until = Instant::now() + LOOK;
        while Instant::now() < until {
            let locked = locked_accounts(&bank);
            if let Some(other) = (1..locked.len()).find(|&a| locked[a]) {
                panic!(
                    "while the test held account 0's lock, a transfer between account {other} and \
                     account 0 took account {other}'s lock and waited for account 0's: a transfer \
                     the other way, holding account 0 and waiting for account {other}, would \
                     deadlock with it. Lock the lower-numbered account first, whichever way the \
                     money goes."
                );
            }
            thread::sleep(Duration::from_millis(1)); // a poll, not a synchronisation
        }
        drop(hold);
        let results: Vec<_> = movers
            .iter()
            .map(|done| {
                done.recv_timeout(PATIENCE).unwrap_or_else(|_| {
                    panic!(
                        "deadlock: a transfer waiting for account 0 did not finish within \
                         {PATIENCE:?} once account 0 was free"
                    )
                })
            })
            .collect();
        assert!(
            results.iter().all(Result::is_ok),
            "four transfers of 1 between accounts of 10 all have the funds: {results:?}"
        );
        let balances: Vec<_> = (0..3).map(|a| bank.balance(a)).collect();
        assert_eq!(
            balances,
            [Some(10); 3],
            "1 moved 1 → 0, 0 → 1, 2 → 0 and 0 → 2: every balance is back where it was"
        );
    }

    /// `total` holds every lock until it has read them all: while it waits
    /// for account 1 (held by the test), it keeps account 0 locked, so a
    /// transfer from 0 to 2 waits for it, and no money is counted twice.
    fn the_total_keeps_every_lock_until_it_has_read_them_all() {
        let bank = Arc::new(Bank::new(&[100, 100, 100]));
        let hold = Hold::account(&bank, 1);
        let (total_tx, total) = mpsc::channel();
        thread::spawn({
            let bank = Arc::clone(&bank);
            move || {
                let _ = total_tx.send(bank.total());
            }
        });
        // A correct total holds account 0 while it waits for account 1.
        let until = Instant::now() + LOOK;
        while !locked_accounts(&bank)[0] && Instant::now() < until {
            thread::sleep(Duration::from_millis(1)); // a poll, not a synchronisation
        }
        let moved = transfer_in_background(&bank, (0, 2), 50);
        let moved_early = moved.recv_timeout(LOOK / 2);
        drop(hold);
        let total = total.recv_timeout(PATIENCE).unwrap_or_else(|_| {
            panic!("deadlock: total did not return within {PATIENCE:?} once account 1 was free")
        });
        let moved = moved_early.or_else(|_| moved.recv_timeout(PATIENCE)).unwrap_or_else(|_| {
            panic!("deadlock: a transfer 0 → 2 did not finish within {PATIENCE:?} after total")
        });
        assert_eq!(
            total,
            300,
            "total returned {total} for three accounts of 100 while 50 went from account 0 to \
             account 2: it read account 0 before the transfer and account 2 after it, because it \
             let go of account 0 while it waited for account 1. Hold every account's lock until \
             the sum is done (collect the guards, then add)."
        );
        assert_eq!(moved, Ok(()), "50 from account 0, which holds 100");
        assert_eq!(bank.total(), 300, "the transfer must keep the total at 300");
    }

    /// Transfers crossing in opposite directions, on many threads at once,
    /// all finish and lose no money.
    fn crossing_transfers_never_deadlock() {
        let _serial = leakcheck::serial();
        let _guard = leakcheck::Guard::new();
        for _ in 0..5 {
            let bank = Arc::new(Bank::new(&[1_000_000; 4]));
            let routes = [(0, 1), (1, 0), (1, 2), (2, 1), (2, 3), (3, 0), (0, 3), (3, 2)];
            let moved = within("eight threads transferring along crossing routes", {
                let bank = Arc::clone(&bank);
                move || crossing_traffic(&bank, &routes, 2000)
            });
            assert_eq!(moved, 8 * 2000, "every one of the 8 × 2000 transfers of 1 had the funds");
            let total = within("the total after the transfers", move || bank.total());
            assert_eq!(total, 4_000_000, "money appeared or vanished: the total is {total}");
        }
    }

    /// `total` never sees a transfer half done, however many are running.
    fn the_total_never_sees_a_transfer_half_done() {
        let _serial = leakcheck::serial();
        let _guard = leakcheck::Guard::new();
        let bank = Arc::new(Bank::new(&[1000, 1000, 1000]));
        let wrong = within("totals read during transfers", {
            let bank = Arc::clone(&bank);
            move || {
                let traffic = {
                    let bank = Arc::clone(&bank);
                    thread::spawn(move || crossing_traffic(&bank, &[(0, 1), (1, 2), (2, 0), (2, 1)], 3000))
                };
                let wrong: Vec<u64> = (0..2000).map(|_| bank.total()).filter(|&t| t != 3000).collect();
                traffic.join().expect("the transfers panicked (see above)");
                wrong
            }
        });
        assert!(
            wrong.is_empty(),
            "totals read mid-transfer: {:?}: total let go of an account's lock before it had \
             read them all",
            &wrong[..wrong.len().min(5)]
        );
        let total = within("the total after the transfers", move || bank.total());
        assert_eq!(total, 3000, "money appeared or vanished: the total is {total}");
    }
}
