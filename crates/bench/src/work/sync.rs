//! Once, Cond-style wake-ups and semaphores, against `go/sync.go`.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, Once, OnceLock};
use std::thread;

use tokio::sync::{Notify, Semaphore};

use super::{current_thread, multi_thread, timed};
use crate::plan;

/// Two threads call a Once's fast path n times each, after the first call
/// has run the function.
pub fn once(n: u64, filter: Option<&str>) {
    let case = "once hot path";
    if !plan::selects(filter, "once", case) {
        return;
    }
    let runs = AtomicU64::new(0);
    let once = Once::new();
    timed("once", case, "std Once", 2 * n, || {
        thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| {
                    for _ in 0..n {
                        once.call_once(|| {
                            runs.fetch_add(1, Ordering::Relaxed);
                        });
                    }
                });
            }
        });
    });
    assert_eq!(runs.load(Ordering::Relaxed), 1, "Once ran twice");
    let cell = OnceLock::new();
    let runs = AtomicU64::new(0);
    timed("once", case, "OnceLock", 2 * n, || {
        thread::scope(|s| {
            for _ in 0..2 {
                s.spawn(|| {
                    for _ in 0..n {
                        let value = cell.get_or_init(|| runs.fetch_add(1, Ordering::Relaxed) + 7);
                        assert_eq!(*value, 7);
                    }
                });
            }
        });
    });
    assert_eq!(runs.load(Ordering::Relaxed), 1, "OnceLock ran twice");
}

/// Two units take turns n times: each waits for its turn, hands it over
/// and wakes the other (Go: a `sync.Cond` over the turn).
pub fn cond(n: u64, filter: Option<&str>) {
    let case = "ping-pong";
    if !plan::selects(filter, "cond", case) {
        return;
    }
    timed("cond", case, "std Condvar", n, || {
        let turn = Mutex::new(0u8);
        let changed = Condvar::new();
        thread::scope(|s| {
            for me in 0..2u8 {
                let (turn, changed) = (&turn, &changed);
                s.spawn(move || {
                    for _ in 0..n {
                        let mut guard = changed
                            .wait_while(turn.lock().expect("no panics"), |t| *t != me)
                            .expect("no panics");
                        *guard = 1 - me;
                        drop(guard);
                        changed.notify_one();
                    }
                });
            }
        });
    });
    for (name, rt) in [
        ("tokio Notify (current_thread)", current_thread()),
        ("tokio Notify (multi_thread)", multi_thread()),
    ] {
        timed("cond", case, name, n, || notify_ping_pong(&rt, n));
    }
}

/// Two tasks take turns n times, each waking the other through a Notify
/// (both spawned, so that on a multi_thread runtime both run on its workers).
fn notify_ping_pong(rt: &tokio::runtime::Runtime, n: u64) {
    rt.block_on(async {
        // One Notify per side: notify_one keeps a permit when nobody waits
        // yet, so no wake-up is lost.
        let (ping, pong) = (Arc::new(Notify::new()), Arc::new(Notify::new()));
        let first = {
            let (ping, pong) = (Arc::clone(&ping), Arc::clone(&pong));
            tokio::spawn(async move {
                for _ in 0..n {
                    ping.notify_one();
                    pong.notified().await;
                }
            })
        };
        let second = tokio::spawn(async move {
            for _ in 0..n {
                ping.notified().await;
                pong.notify_one();
            }
        });
        first.await.expect("a side panicked");
        second.await.expect("a side panicked");
    });
}

/// Eight units take a semaphore of two permits n/8 times each; an atomic
/// counts who is inside and checks it never exceeds two.
pub fn semaphore(n: u64, filter: Option<&str>) {
    const WORKERS: u64 = 8;
    const LIMIT: usize = 2;
    let case = "limit 2 of 8";
    if !plan::selects(filter, "semaphore", case) {
        return;
    }
    let each = n / WORKERS;
    let inside = Arc::new(AtomicUsize::new(0));
    let enter = |inside: &AtomicUsize| {
        let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
        assert!(now <= LIMIT, "{now} inside a semaphore of {LIMIT}");
        inside.fetch_sub(1, Ordering::SeqCst);
    };
    timed("semaphore", case, "crossbeam bounded(2)", n, || {
        // Go's idiom: a buffered channel whose slots are the permits.
        let (acquire, release) = crossbeam_channel::bounded::<()>(LIMIT);
        thread::scope(|s| {
            for _ in 0..WORKERS {
                let (acquire, release, inside) = (&acquire, &release, &inside);
                s.spawn(move || {
                    for _ in 0..each {
                        acquire.send(()).expect("open");
                        enter(inside);
                        release.recv().expect("open");
                    }
                });
            }
        });
    });
    let rt = multi_thread();
    timed("semaphore", case, "tokio Semaphore", n, || {
        rt.block_on(async {
            let semaphore = Arc::new(Semaphore::new(LIMIT));
            let workers: Vec<_> = (0..WORKERS)
                .map(|_| {
                    let (semaphore, inside) = (Arc::clone(&semaphore), Arc::clone(&inside));
                    tokio::spawn(async move {
                        for _ in 0..each {
                            let permit = semaphore.acquire().await.expect("never closed");
                            enter(&inside);
                            drop(permit);
                        }
                    })
                })
                .collect();
            for worker in workers {
                worker.await.expect("a worker panicked");
            }
        });
    });
}
