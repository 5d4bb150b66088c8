//! A ticker in a `tokio::select!` loop, stopped through a quit channel. The
//! port of `go/select_ticker/main.go`. The runtime's clock is paused: timers
//! fire in order, at once, so the program is fast and its output fixed.

use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::interval;

// ANCHOR: ticker
async fn tick_loop(period: Duration, report: mpsc::Sender<u32>, mut quit: oneshot::Receiver<()>) {
    let mut ticker = interval(period);
    ticker.tick().await; // tokio's first tick is immediate; Go's comes after one period
    let mut ticks = 0;
    loop {
        tokio::select! {
            _ = ticker.tick() => {
                ticks += 1;
                tokio::select! {
                    sent = report.send(ticks) => if sent.is_err() { return },
                    _ = &mut quit => return,
                }
            }
            _ = &mut quit => return,
        }
    }
}
// ANCHOR_END: ticker

fn main() {
    // ANCHOR: main
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    runtime.block_on(async {
        let (report_tx, mut report) = mpsc::channel(1);
        let (quit, quit_rx) = oneshot::channel();
        let ticking = tokio::spawn(tick_loop(Duration::from_millis(10), report_tx, quit_rx));
        for _ in 0..3 {
            println!("tick {}", report.recv().await.unwrap());
        }
        drop(quit); // Go's close(quit): the oneshot's receiver wakes with an error
        ticking.await.unwrap();
        println!("ticker stopped");
    });
    // ANCHOR_END: main
}
