//! Go's G-M-P scheduler next to tokio's: how many workers, and how idle
//! workers find work.
//!
//! - [`gomaxprocs`]: the number of worker threads, Go's `GOMAXPROCS`, from
//!   `std::thread::available_parallelism`.
//! - [`tokio_workers`]: how many workers tokio starts, which the
//!   `TOKIO_WORKER_THREADS` variable sets as `GOMAXPROCS` sets Go's Ps.
//! - [`tasks_per_worker`]: tokio's work stealing, seen from outside: one
//!   task spawns many, and the other workers steal some of them.
//! - [`two_tasks_on_one_thread`]: `yield_now`, Go's `runtime.Gosched`.
//!
//! The chapter is `book/src/scheduler.md`; the work-stealing executor built
//! with crossbeam-deque is the exercise `scheduler-1`.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

// ANCHOR: gomaxprocs
/// How many worker threads to run, as Go decides `GOMAXPROCS`: the
/// `GOMAXPROCS` environment variable when it holds a positive number, else
/// the parallelism the OS grants this process, else 1.
pub fn gomaxprocs() -> usize {
    std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|value| value.trim().parse().ok())
        .filter(|&n: &usize| n > 0)
        .or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()))
        .unwrap_or(1)
}
// ANCHOR_END: gomaxprocs

// ANCHOR: tokio_workers
/// How many workers a multi-thread runtime built with the defaults runs:
/// the `TOKIO_WORKER_THREADS` variable when it is set, else
/// `available_parallelism`. tokio does not read `GOMAXPROCS`, and
/// `Builder::worker_threads(n)` (or `#[tokio::main(worker_threads = n)]`)
/// wins over the variable.
///
/// # Panics
///
/// When `TOKIO_WORKER_THREADS` is not a positive number: tokio panics while
/// building the runtime.
pub fn tokio_workers() -> std::io::Result<usize> {
    let runtime = tokio::runtime::Builder::new_multi_thread().build()?;
    Ok(runtime.metrics().num_workers())
}
// ANCHOR_END: tokio_workers

// ANCHOR: tasks_per_worker
/// On a multi-thread runtime of `workers` workers, one task spawns `tasks`
/// small tasks; returns how many of them ran on each worker thread.
///
/// A task spawned from a worker goes to that worker's own queue (its LIFO
/// slot first), like `go f()` onto the current P's `runq`; the other workers
/// are idle and steal half of it at a time (never the LIFO slot, which only its
/// own worker runs).
pub fn tasks_per_worker(workers: usize, tasks: usize) -> BTreeMap<String, usize> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .thread_name_fn({
            let next = std::sync::atomic::AtomicUsize::new(0);
            move || {
                let id = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                format!("worker-{id}")
            }
        })
        .build()
        .expect("a multi-thread runtime");
    let ran_on = Arc::new(Mutex::new(BTreeMap::new()));
    runtime.block_on({
        let ran_on = Arc::clone(&ran_on);
        async move {
            // Spawn from inside a worker, so the tasks land in its queue.
            tokio::spawn(async move {
                let handles: Vec<_> = (0..tasks)
                    .map(|_| {
                        let ran_on = Arc::clone(&ran_on);
                        tokio::spawn(async move {
                            // A little work, so that stealing pays.
                            std::thread::sleep(Duration::from_micros(100));
                            let name = std::thread::current().name().unwrap_or("?").to_owned();
                            *ran_on.lock().unwrap().entry(name).or_insert(0) += 1;
                        })
                    })
                    .collect();
                for handle in handles {
                    handle.await.expect("a small task does not panic");
                }
            })
            .await
            .expect("the spawning task does not panic");
        }
    });
    ran_on.lock().unwrap().clone()
}
// ANCHOR_END: tasks_per_worker

// ANCHOR: yield_now
/// Two tasks on a current-thread runtime each record three steps, `a1..a3`
/// and `b1..b3`. With `yielding`, each step ends in `yield_now().await`,
/// Go's `runtime.Gosched()`: the task goes to the back of the run queue and
/// the other one gets a step before it goes on. Without it, a task runs
/// until it finishes, since nothing preempts it.
pub fn two_tasks_on_one_thread(yielding: bool) -> Vec<String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
    let steps = Arc::new(Mutex::new(Vec::new()));
    runtime.block_on(async {
        let tasks: Vec<_> = ["a", "b"]
            .into_iter()
            .map(|task| {
                let steps = Arc::clone(&steps);
                tokio::spawn(async move {
                    for step in 1..=3 {
                        steps.lock().unwrap().push(format!("{task}{step}"));
                        if yielding {
                            tokio::task::yield_now().await;
                        }
                    }
                })
            })
            .collect();
        for task in tasks {
            task.await.expect("a task does not panic");
        }
    });
    steps.lock().unwrap().clone()
}
// ANCHOR_END: yield_now
