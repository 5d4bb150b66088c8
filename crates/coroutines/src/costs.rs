//! What a process, a thread and a task cost on this machine: the time to
//! start one and the memory each one holds while it waits.
//!
//! The numbers change from run to run and machine to machine; the example
//! `costs` prints them, and the chapter quotes one run.

use std::process::{Command, Stdio};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

/// The resident memory of this process in KiB (`VmRSS` in
/// `/proc/self/status`), or `None` off Linux.
pub fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kib| kib.parse().ok())
}

/// What starting `count` of something cost.
#[derive(Debug, Clone, Copy)]
pub struct Cost {
    /// How many were started.
    pub count: usize,
    /// The mean time to start one (and, for processes, to wait for it).
    pub spawn: Duration,
    /// The growth of resident memory per waiting one, in bytes (`None` when
    /// it cannot be measured, or for processes, whose memory is their own).
    pub bytes_each: Option<u64>,
}

fn per_each(total: Duration, count: usize) -> Duration {
    total / u32::try_from(count.max(1)).unwrap_or(u32::MAX)
}

fn growth_each(before: Option<u64>, after: Option<u64>, count: usize) -> Option<u64> {
    Some(after?.saturating_sub(before?) * 1024 / count.max(1) as u64)
}

// ANCHOR: processes
/// Starts `count` processes (`true`, which exits at once), one after another.
pub fn processes(count: usize) -> std::io::Result<Cost> {
    let started = Instant::now();
    for _ in 0..count {
        Command::new("true")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .status()?;
    }
    Ok(Cost {
        count,
        spawn: per_each(started.elapsed(), count),
        bytes_each: None,
    })
}
// ANCHOR_END: processes

// ANCHOR: threads
/// Starts `count` threads that all wait on one barrier, measures memory while
/// they wait, then lets them go and joins them.
pub fn threads(count: usize) -> Cost {
    let barrier = Arc::new(Barrier::new(count + 1));
    let before = resident_kib();
    let started = Instant::now();
    let handles: Vec<_> = (0..count)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                // Touch a little stack, as real work would.
                std::hint::black_box([0u8; 1024]);
                barrier.wait();
            })
        })
        .collect();
    let spawn = per_each(started.elapsed(), count);
    let after = resident_kib();
    barrier.wait();
    for handle in handles {
        handle.join().expect("a parked thread does not panic");
    }
    Cost {
        count,
        spawn,
        bytes_each: growth_each(before, after, count),
    }
}
// ANCHOR_END: threads

// ANCHOR: tasks
/// Spawns `count` tokio tasks that all wait on one `Notify`, measures memory
/// while they wait, then wakes them and awaits them.
pub fn tasks(count: usize) -> Cost {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .build()
        .expect("a multi-thread runtime");
    runtime.block_on(async {
        let go = Arc::new(tokio::sync::Semaphore::new(0));
        let before = resident_kib();
        let started = Instant::now();
        let handles: Vec<_> = (0..count)
            .map(|_| {
                let go = Arc::clone(&go);
                tokio::spawn(async move {
                    let _permit = go.acquire().await.expect("never closed");
                })
            })
            .collect();
        let spawn = per_each(started.elapsed(), count);
        // Let every task run up to its wait.
        tokio::task::yield_now().await;
        let after = resident_kib();
        go.add_permits(count);
        for handle in handles {
            handle.await.expect("a parked task does not panic");
        }
        Cost {
            count,
            spawn,
            bytes_each: growth_each(before, after, count),
        }
    })
}
// ANCHOR_END: tasks
