//! A future's life in asyncio's four states, recorded by `Tracked`: one that
//! runs to the end, one aborted through its `JoinHandle`, one dropped by a
//! timeout, and one never polled at all.

use std::time::Duration;

use coroutines::states::{StateLog, Tracked, YieldTimes};

// ANCHOR: main
fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        // Runs to the end: polled three times, Pending twice, then Done.
        let log = StateLog::new();
        tokio::spawn(Tracked::new(YieldTimes { times: 2 }, &log))
            .await
            .unwrap();
        println!("finished: {:?}", log.states());

        // Aborted while it waits: the runtime drops it, never polls it again.
        let log = StateLog::new();
        let handle = tokio::spawn(Tracked::new(std::future::pending::<()>(), &log));
        tokio::task::yield_now().await; // let it start
        handle.abort();
        let cancelled = handle.await.unwrap_err().is_cancelled();
        println!("aborted:  {:?} (is_cancelled: {cancelled})", log.states());

        // A timeout that fires drops the future it wraps.
        let log = StateLog::new();
        let slow = Tracked::new(tokio::time::sleep(Duration::from_secs(60)), &log);
        let timed_out = tokio::time::timeout(Duration::from_millis(10), slow).await;
        println!(
            "timeout:  {:?} (elapsed: {})",
            log.states(),
            timed_out.is_err()
        );

        // Created and dropped: a future that is never polled never runs.
        let log = StateLog::new();
        drop(Tracked::new(async { println!("never printed") }, &log));
        println!("dropped:  {:?}", log.states());
    });
}
// ANCHOR_END: main
