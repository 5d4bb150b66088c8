//! Graded tests for deadlock-2: transfers move money atomically, refuse what
//! they cannot do, and never deadlock, however they cross. Each concurrent
//! test bounds its own wait and reports a deadlock before the watchdog would
//! (and checks with `leakcheck` that no thread is left behind).

use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

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
    movers.into_iter().map(|m| m.join().unwrap()).sum()
}

graded::tests! {
    /// A transfer moves the amount; the balances say so.
    fn a_transfer_moves_the_amount() {
        let bank = Bank::new(&[100, 50]);
        assert_eq!(bank.transfer(0, 1, 30), Ok(()));
        assert_eq!(bank.balance(0), Some(70));
        assert_eq!(bank.balance(1), Some(80));
        assert_eq!(bank.transfer(1, 0, 80), Ok(()));
        assert_eq!((bank.balance(0), bank.balance(1)), (Some(150), Some(0)));
        assert_eq!(bank.balance(2), None);
        assert_eq!(bank.total(), 150);
    }

    /// Refused transfers say why and change nothing.
    fn refused_transfers_change_nothing() {
        let bank = Bank::new(&[10, 20, 30]);
        assert_eq!(bank.transfer(0, 1, 11), Err(TransferError::InsufficientFunds));
        assert_eq!(bank.transfer(0, 3, 1), Err(TransferError::NoSuchAccount));
        assert_eq!(bank.transfer(9, 0, 1), Err(TransferError::NoSuchAccount));
        assert_eq!(
            (bank.balance(0), bank.balance(1), bank.balance(2)),
            (Some(10), Some(20), Some(30))
        );
    }

    /// A transfer from an account to itself is refused, not a self-deadlock
    /// on the account's lock.
    fn a_transfer_to_the_same_account_is_refused_without_deadlock() {
        let result = within("a transfer from account 1 to itself", || {
            Bank::new(&[5, 5]).transfer(1, 1, 1)
        });
        assert_eq!(result, Err(TransferError::SameAccount));
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
            assert_eq!(moved, 8 * 2000, "every transfer had the funds");
            assert_eq!(bank.total(), 4_000_000, "money appeared or vanished");
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
                traffic.join().unwrap();
                wrong
            }
        });
        assert!(wrong.is_empty(), "totals read mid-transfer: {:?}", &wrong[..wrong.len().min(5)]);
        assert_eq!(bank.total(), 3000);
    }
}
