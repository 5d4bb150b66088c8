//! A receiver waiting forever on a channel that nobody closes: the port of
//! `go/leak_no_close/main.go`.
//!
//! Rust closes a channel when its last `Sender` is dropped, so the usual
//! code cannot forget `close`. It still leaks when a sender is kept alive,
//! here in a struct that outlives the work.

use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use leakcheck::thread::{running, settle};

// ANCHOR: summer
/// Adds up what arrives on the returned sender; the total comes once every
/// sender is gone (the channel is closed), like Go's `range` on close.
fn start_summer() -> (Sender<i32>, Receiver<i32>) {
    let (values_tx, values) = mpsc::channel::<i32>();
    let (sum_tx, sum) = mpsc::channel();
    leakcheck::thread::spawn("summer", move || {
        let _ = sum_tx.send(values.iter().sum());
    });
    (values_tx, sum)
}

/// Keeps the sender for later values: while it lives, the channel is open.
struct Producer {
    values: Sender<i32>,
}
// ANCHOR_END: summer

fn main() {
    let patience = Duration::from_millis(100);
    // ANCHOR: main
    let base = running();
    let (values, _sum) = start_summer();
    let producer = Producer { values };
    for v in [1, 2, 3] {
        producer.values.send(v).unwrap();
    }
    // `producer` still holds the sender: the summer waits forever.
    println!("leaky: left behind: {}", settle(base, patience) - base);

    let base = running();
    let (values, sum) = start_summer();
    for v in [1, 2, 3] {
        values.send(v).unwrap();
    }
    drop(values); // Go's close(values)
    let total = sum.recv().unwrap();
    println!(
        "fixed: sum {total} left behind: {}",
        settle(base, patience) - base
    );
    // ANCHOR_END: main
    drop(producer);
}
