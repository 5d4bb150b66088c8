//! Rate limiting with a ticker. The port of `go/select_rate_limit/main.go`,
//! on a paused clock: the waits take no real time, and the times are exact.

use select::concurrent::rate_limited;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::MissedTickBehavior;

fn main() {
    // ANCHOR: main
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    let handled = runtime.block_on(async {
        let (tx, requests) = mpsc::channel(5);
        for i in 1..=5 {
            tx.send(i).await.unwrap();
        }
        drop(tx);
        let every = Duration::from_millis(20);
        rate_limited(requests, every, MissedTickBehavior::Delay).await
    });
    for (request, _at) in &handled {
        println!("request {request}");
    }
    if handled[4].1 >= Duration::from_millis(100) {
        println!("5 requests took at least 100ms");
    }
    // ANCHOR_END: main
}
