//! tokio's two runtimes: `current_thread` runs every task on the thread that
//! calls `block_on` (asyncio's one event loop, 1:N); `multi_thread` spreads
//! them over a pool of worker threads (Go's M:N).

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use tokio::runtime::{Builder, Runtime};

// ANCHOR: threads_used
/// Spawns `tasks` tasks on `runtime`, each of which does a little blocking
/// work, and returns the names of the threads they ran on.
fn threads_used(runtime: &Runtime, tasks: usize) -> BTreeSet<String> {
    let seen = Arc::new(Mutex::new(BTreeSet::new()));
    runtime.block_on(async {
        let handles: Vec<_> = (0..tasks)
            .map(|_| {
                let seen = Arc::clone(&seen);
                tokio::spawn(async move {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                    let name = std::thread::current().name().unwrap_or("?").to_owned();
                    seen.lock().unwrap().insert(name);
                })
            })
            .collect();
        for handle in handles {
            handle.await.unwrap();
        }
    });
    Arc::try_unwrap(seen).unwrap().into_inner().unwrap()
}
// ANCHOR_END: threads_used

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let one = Builder::new_current_thread().build()?;
    let names = threads_used(&one, 100);
    println!("current_thread: 100 tasks ran on {names:?}");

    let pool = Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("worker")
        .build()?;
    let names = threads_used(&pool, 100);
    println!(
        "multi_thread(2): 100 tasks ran on at most 2 threads: {}, all named \"worker\": {}",
        names.len() <= 2,
        names.iter().all(|n| n == "worker")
    );
    Ok(())
}
// ANCHOR_END: main
