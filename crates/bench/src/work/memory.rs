//! What a parked unit costs in memory: the process's resident set before
//! and after parking n tokio tasks, or n threads, on something that never
//! comes until they are counted (Go: n goroutines, `go/memory.go`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, mpsc};
use std::thread;

use tokio::sync::Notify;

use super::current_thread;
use crate::plan;
use crate::record::{BYTES, emit};

/// At most this many threads are parked: each takes a kernel task and
/// address space for its stack, and the per-unit figure is steady well below.
const MAX_THREADS: u64 = 2_000;

/// The resident set size of this process, in bytes (VmRSS of
/// /proc/self/status; Linux only).
pub fn resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status (Linux)");
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        })
        .map(|kib| kib * 1024)
        .expect("VmRSS in /proc/self/status")
}

fn per_unit(before: u64, after: u64, n: u64) -> f64 {
    after.saturating_sub(before) as f64 / n as f64
}

/// n tasks on a current_thread runtime, each waiting on one shared Notify;
/// counted once every task has been polled (and so registered its wait).
fn tasks(n: u64) {
    let rt = current_thread();
    rt.block_on(async {
        let release = Arc::new(Notify::new());
        let (parked, done) = (Arc::new(AtomicU64::new(0)), Arc::new(AtomicU64::new(0)));
        let before = resident_bytes();
        for _ in 0..n {
            let (release, parked, done) =
                (Arc::clone(&release), Arc::clone(&parked), Arc::clone(&done));
            // Detached: a JoinHandle per task would be counted as well.
            tokio::spawn(async move {
                let wait = release.notified();
                tokio::pin!(wait);
                // Registered before it is counted.
                wait.as_mut().enable();
                parked.fetch_add(1, Ordering::SeqCst);
                wait.await;
                done.fetch_add(1, Ordering::SeqCst);
            });
        }
        // On a current_thread runtime the tasks run while this one yields.
        while parked.load(Ordering::SeqCst) < n {
            tokio::task::yield_now().await;
        }
        let after = resident_bytes();
        emit(
            "memory",
            "parked",
            "tokio task",
            per_unit(before, after, n),
            BYTES,
            n,
        );
        release.notify_waiters();
        while done.load(Ordering::SeqCst) < n {
            tokio::task::yield_now().await;
        }
    });
}

/// n threads (at most [`MAX_THREADS`]), each waiting on a gate.
fn threads(n: u64) {
    let n = n.min(MAX_THREADS);
    let gate = Arc::new((Mutex::new(false), Condvar::new()));
    let (started, all_started) = mpsc::channel();
    let before = resident_bytes();
    let handles: Vec<_> = (0..n)
        .map(|_| {
            let (gate, started) = (Arc::clone(&gate), started.clone());
            thread::spawn(move || {
                let (open, opened) = &*gate;
                let guard = open.lock().expect("no panics");
                started.send(()).expect("the counter waits");
                let _open = opened.wait_while(guard, |open| !*open).expect("no panics");
            })
        })
        .collect();
    for _ in 0..n {
        all_started.recv().expect("every thread starts");
    }
    let after = resident_bytes();
    emit(
        "memory",
        "parked",
        "thread",
        per_unit(before, after, n),
        BYTES,
        n,
    );
    let (open, opened) = &*gate;
    *open.lock().expect("no panics") = true;
    opened.notify_all();
    for handle in handles {
        handle.join().expect("a parked thread panicked");
    }
}

pub fn run(n: u64, filter: Option<&str>) {
    if !plan::selects(filter, "memory", "parked") {
        return;
    }
    // Tasks first: the threads' stacks, once freed, stay mapped in glibc's
    // stack cache and would make later figures look smaller.
    tasks(n);
    threads(n);
}
