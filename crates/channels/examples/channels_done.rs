//! `close(done)` as a broadcast, and a value sent once. The port of
//! `go/channels_done/main.go`, with tokio's `watch` and `oneshot`.

use tokio::sync::{mpsc, oneshot, watch};

// ANCHOR: main
async fn run() {
    let (done_tx, done_rx) = watch::channel(());
    let (stopped_tx, mut stopped) = mpsc::unbounded_channel();
    for name in ["a", "b", "c"] {
        let mut done = done_rx.clone();
        let stopped_tx = stopped_tx.clone();
        tokio::spawn(async move {
            // Err once every watch sender is gone: the close of `done`.
            let _ = done.changed().await;
            let _ = stopped_tx.send(name);
        });
    }
    drop(stopped_tx); // the tasks hold the only senders: no WaitGroup needed
    drop(done_tx); // one drop, three wake-ups

    let mut names = Vec::new();
    while let Some(name) = stopped.recv().await {
        names.push(name);
    }
    names.sort();
    println!("stopped: {}", names.join(" "));

    // A value sent once, to one receiver.
    let (result_tx, result) = oneshot::channel();
    tokio::spawn(async move { result_tx.send(42) });
    println!("result: {}", result.await.unwrap());
}
// ANCHOR_END: main

fn main() {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime")
        .block_on(run());
}
