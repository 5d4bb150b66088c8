//! Function colouring on a one-thread runtime: what a blocking call does to
//! every other task, and the two ways out (`.await` and `spawn_blocking`).
//!
//! asyncio runs every coroutine on one thread; so does tokio's
//! `current_thread` runtime. A task runs until it reaches an `.await` that is
//! not ready; only then can the runtime run another task. A blocking call
//! (`std::thread::sleep`, a blocking read, a long computation) never reaches
//! one, so while it runs, no other task on that runtime does.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How a task waits for `pause`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// `std::thread::sleep`: blocks the runtime's only thread.
    Block,
    /// `tokio::time::sleep(..).await`: gives the thread back while waiting.
    Await,
    /// `spawn_blocking(|| std::thread::sleep(..)).await`: the blocking call
    /// moves to tokio's blocking pool (asyncio's `run_in_executor`).
    SpawnBlocking,
}

// ANCHOR: ticks_while_waiting
/// On a fresh `current_thread` runtime, starts a ticker task that counts as
/// fast as it can (yielding after each tick), then has a second task wait
/// for `pause` in the given way. Returns how many ticks happened during the
/// wait.
pub fn ticks_while_waiting(wait: Wait, pause: Duration) -> u64 {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime");
    runtime.block_on(async {
        let ticks = Arc::new(AtomicU64::new(0));
        let ticker = tokio::spawn({
            let ticks = Arc::clone(&ticks);
            async move {
                loop {
                    ticks.fetch_add(1, Ordering::Relaxed);
                    tokio::task::yield_now().await;
                }
            }
        });
        // Let the ticker start.
        tokio::task::yield_now().await;

        let waiter = tokio::spawn({
            let ticks = Arc::clone(&ticks);
            async move {
                let before = ticks.load(Ordering::Relaxed);
                match wait {
                    Wait::Block => std::thread::sleep(pause),
                    Wait::Await => tokio::time::sleep(pause).await,
                    Wait::SpawnBlocking => tokio::task::spawn_blocking(move || {
                        std::thread::sleep(pause);
                    })
                    .await
                    .expect("the blocking job does not panic"),
                }
                ticks.load(Ordering::Relaxed) - before
            }
        });
        let during = waiter.await.expect("the waiting task does not panic");
        ticker.abort();
        during
    })
}
// ANCHOR_END: ticks_while_waiting
