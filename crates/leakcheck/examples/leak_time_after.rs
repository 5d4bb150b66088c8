//! `time.After` in a loop, ported: `go/leak_time_after/main.go`.
//!
//! `tokio::time::timeout` makes a timer per iteration too, but the timer lives
//! inside the `Timeout` future: when `recv` wins, the future is dropped and
//! its timer is removed from the runtime at once. Nothing waits a minute to be
//! collected.

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::time::timeout;

const MESSAGES: u32 = 100_000;

// ANCHOR: consume
/// Gives up after a minute of silence. Each iteration's `timeout` is dropped
/// as soon as a message (or the close) arrives, and cancels its timer.
async fn consume(mut msgs: mpsc::Receiver<u32>) -> u32 {
    let mut n = 0;
    while let Ok(Some(_)) = timeout(Duration::from_secs(60), msgs.recv()).await {
        n += 1;
    }
    n
}
// ANCHOR_END: consume

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a tokio runtime");
    let n = runtime.block_on(async {
        let (tx, msgs) = mpsc::channel(64);
        let producer = tokio::spawn(async move {
            for i in 0..MESSAGES {
                tx.send(i).await.unwrap();
            }
        });
        let n = consume(msgs).await;
        producer.await.unwrap();
        n
    });
    println!("{n} messages; each timer was cancelled when its timeout future was dropped");
}
