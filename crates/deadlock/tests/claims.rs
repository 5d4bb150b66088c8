//! The chapter's claims about deadlocks, each a test that fails if the claim
//! is false. Every wait in these tests is bounded: a test that deadlocks
//! fails with a message instead of hanging.

use std::sync::mpsc;
use std::sync::{Arc, Barrier, Mutex, RwLock};
use std::thread;
use std::time::{Duration, Instant};

use deadlock::bounded::{WaitError, recv_within, try_lock_for};
use deadlock::detector::{LockGraph, NamedMutex};
use deadlock::ordering::{Account, lock_both};

const PATIENCE: Duration = Duration::from_secs(2);

/// Runs `body` on a thread and waits for it at most [`PATIENCE`].
fn bounded<T: Send + 'static>(what: &str, body: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let _ = tx.send(body());
    });
    recv_within(&rx, PATIENCE)
        .unwrap_or_else(|err| panic!("{what}: no result within {PATIENCE:?} ({err:?}): deadlock?"))
}

/// `n` threads named `philosopher-i` each lock fork i, meet, then lock fork
/// i+1: the cycle closes for certain. Returns each thread's report.
fn naive_table(n: usize) -> Vec<Option<Vec<String>>> {
    let graph = LockGraph::new();
    let forks: Arc<Vec<NamedMutex<()>>> = Arc::new(
        (0..n)
            .map(|i| graph.mutex(&format!("fork-{i}"), ()))
            .collect(),
    );
    let holding = Arc::new(Barrier::new(n));
    let seats: Vec<_> = (0..n)
        .map(|i| {
            let (forks, holding) = (Arc::clone(&forks), Arc::clone(&holding));
            thread::Builder::new()
                .name(format!("philosopher-{i}"))
                .spawn(move || {
                    let _left = forks[i].lock().unwrap();
                    holding.wait();
                    forks[(i + 1) % n].lock().map(drop).err().map(|d| d.cycle)
                })
                .unwrap()
        })
        .collect();
    seats.into_iter().map(|seat| seat.join().unwrap()).collect()
}

#[test]
fn the_detector_names_every_thread_in_a_lock_cycle() {
    for _ in 0..20 {
        let reports = bounded("three naive philosophers", || naive_table(3));
        let cycles: Vec<&Vec<String>> = reports.iter().flatten().collect();
        assert_eq!(
            cycles.len(),
            1,
            "exactly one thread closes the cycle: {reports:?}"
        );
        let mut named: Vec<&str> = cycles[0]
            .iter()
            .map(|entry| entry.split(' ').next().unwrap())
            .collect();
        named.sort_unstable();
        assert_eq!(named, ["philosopher-0", "philosopher-1", "philosopher-2"]);
    }
}

#[test]
fn the_detector_reports_a_self_deadlock_at_once() {
    let report = bounded("a lock taken twice", || {
        let graph = LockGraph::new();
        let mu = graph.mutex("mu", 0);
        let _held = mu.lock().unwrap();
        mu.lock().map(drop).unwrap_err()
    });
    assert_eq!(report.cycle.len(), 1);
    assert!(report.cycle[0].ends_with("(waits for mu)"), "{report}");
}

#[test]
fn the_detector_reports_nothing_when_locks_are_ordered() {
    let errors = bounded("four threads locking in one order", || {
        let graph = LockGraph::new();
        let locks = Arc::new([graph.mutex("a", 0), graph.mutex("b", 0)]);
        let workers: Vec<_> = (0..4)
            .map(|_| {
                let locks = Arc::clone(&locks);
                thread::spawn(move || {
                    let mut errors = 0;
                    for _ in 0..500 {
                        match (locks[0].lock(), locks[1].lock()) {
                            (Ok(mut a), Ok(mut b)) => {
                                *a += 1;
                                *b += 1;
                            }
                            _ => errors += 1,
                        }
                    }
                    errors
                })
            })
            .collect();
        let errors: usize = workers.into_iter().map(|w| w.join().unwrap()).sum();
        assert_eq!(*locks[0].lock().unwrap(), 2000);
        errors
    });
    assert_eq!(errors, 0, "no false deadlock reports");
}

#[test]
fn lock_ordering_lets_opposite_transfers_finish() {
    let total = bounded("transfers in opposite directions", || {
        let accounts = Arc::new([
            Account {
                number: 1,
                balance: Mutex::new(1000),
            },
            Account {
                number: 2,
                balance: Mutex::new(1000),
            },
        ]);
        let movers: Vec<_> = [(0, 1), (1, 0)]
            .into_iter()
            .map(|(from, to)| {
                let accounts = Arc::clone(&accounts);
                thread::spawn(move || {
                    for _ in 0..20_000 {
                        let (mut a, mut b) = lock_both(&accounts[from], &accounts[to]);
                        *a -= 1;
                        *b += 1;
                    }
                })
            })
            .collect();
        for mover in movers {
            mover.join().unwrap();
        }
        let (a, b) = lock_both(&accounts[0], &accounts[1]);
        *a + *b
    });
    assert_eq!(total, 2000);
}

#[test]
#[should_panic(expected = "self-deadlock")]
fn locking_one_account_twice_is_refused() {
    let account = Account {
        number: 7,
        balance: Mutex::new(0),
    };
    let _ = lock_both(&account, &account);
}

#[test]
fn try_lock_for_gives_up_on_a_lock_that_stays_held() {
    let mutex = Arc::new(Mutex::new(()));
    let (locked_tx, locked) = mpsc::channel();
    let (release_tx, release) = mpsc::channel::<()>();
    let holder = {
        let mutex = Arc::clone(&mutex);
        thread::spawn(move || {
            let _guard = mutex.lock().unwrap();
            locked_tx.send(()).unwrap();
            let _ = release.recv_timeout(PATIENCE);
        })
    };
    recv_within(&locked, PATIENCE).expect("the holder locks");
    assert!(try_lock_for(&mutex, Duration::from_millis(20)).is_none());
    drop(release_tx);
    holder.join().unwrap();
    assert!(
        try_lock_for(&mutex, PATIENCE).is_some(),
        "a free lock is taken"
    );
}

#[test]
fn a_bounded_receive_reports_a_timeout_or_a_dead_sender() {
    let (tx, rx) = mpsc::channel::<u8>();
    assert_eq!(
        recv_within(&rx, Duration::from_millis(10)),
        Err(WaitError::TimedOut)
    );
    drop(tx);
    assert_eq!(recv_within(&rx, PATIENCE), Err(WaitError::Disconnected));
}

/// Spins until `writer_waits` says a writer has queued, at most [`PATIENCE`].
fn until_a_writer_waits(mut writer_waits: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while !writer_waits() {
        assert!(
            Instant::now() < deadline,
            "the writer never started waiting"
        );
        thread::yield_now();
    }
}

// ANCHOR: read_recursive
/// std's `RwLock` (Linux): once a writer waits, a new read lock waits behind
/// it, even on a thread that already holds one: a recursive `read` would
/// deadlock. parking_lot's `read_recursive` is let in past the writer.
#[test]
fn a_waiting_writer_blocks_a_second_read_but_not_read_recursive() {
    bounded("std RwLock", || {
        let rw = RwLock::new(());
        let outer = rw.read().unwrap();
        thread::scope(|s| {
            let writer = s.spawn(|| drop(rw.write().unwrap()));
            // Returns only once `try_read` fails: a second read now waits
            // for the writer, which waits for `outer`.
            until_a_writer_waits(|| rw.try_read().is_err());
            drop(outer);
            writer.join().unwrap();
        });
    });
    bounded("parking_lot RwLock", || {
        let rw = parking_lot::RwLock::new(());
        let outer = rw.read();
        thread::scope(|s| {
            let writer = s.spawn(|| drop(rw.write()));
            until_a_writer_waits(|| rw.try_read().is_none());
            let again = rw.read_recursive(); // `rw.read()` here would never return
            drop((again, outer));
            writer.join().unwrap();
        });
    });
}
// ANCHOR_END: read_recursive
