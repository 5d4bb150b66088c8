//! A worker that sends heartbeats; a monitor that notices when they stop.
//! The port of `go/select_heartbeat/main.go`, on a paused clock, where the
//! output is fixed (Go's depends on timing).

use select::concurrent::{Health, Job, monitor, worker_with_heartbeat};
use std::time::Duration;
use tokio::sync::mpsc;

fn main() {
    // ANCHOR: main
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    runtime.block_on(async {
        let (jobs_tx, jobs) = mpsc::channel(3);
        for (id, takes) in [(1, 10), (2, 10), (3, 3_600_000)] {
            let takes = Duration::from_millis(takes); // job 3 hangs
            jobs_tx.send(Job { id, takes }).await.unwrap();
        }
        let (beats_tx, mut beats) = mpsc::channel(1);
        let (results_tx, mut results) = mpsc::channel(1);
        let worker = tokio::spawn(worker_with_heartbeat(
            jobs,
            Duration::from_millis(20),
            beats_tx,
            results_tx,
        ));
        match monitor(&mut beats, &mut results, Duration::from_millis(100)).await {
            Health::Finished(ids) => println!("finished: {ids:?}"),
            Health::Stalled(ids) => println!("results {ids:?}, then no beat for 100ms: stuck"),
        }
        worker.abort(); // a stuck worker is cancelled, not left behind
    });
    // ANCHOR_END: main
}
