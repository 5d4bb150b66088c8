//! The nil channel: never ready, so a select case on it is switched off.
//! The port of `go/channels_nil/main.go`, with crossbeam-channel's `select!`
//! and `never()`.

use crossbeam_channel::{Receiver, Sender, bounded, never, select};
use std::thread;

// ANCHOR: merge
fn count(ch: Sender<i32>, from: i32, step: i32) {
    for i in 0..3 {
        ch.send(from + i * step).unwrap();
    }
}

fn merge_until_both_close() {
    let (a_tx, a_rx) = bounded(0);
    let (b_tx, b_rx) = bounded(0);
    let producers = [
        thread::spawn(move || count(a_tx, 1, 1)),   // 1, 2, 3
        thread::spawn(move || count(b_tx, 10, 10)), // 10, 20, 30
    ];

    // Rust has no nil channel: `None` is "no channel", and `never()` is a
    // receiver that is never ready, for the `select!` below.
    let (mut a, mut b) = (Some(a_rx), Some(b_rx));
    let off: Receiver<i32> = never();
    let mut sum = 0;
    while a.is_some() || b.is_some() {
        select! {
            recv(a.as_ref().unwrap_or(&off)) -> msg => match msg {
                Ok(v) => sum += v,
                Err(_) => a = None, // closed: switch this case off
            },
            recv(b.as_ref().unwrap_or(&off)) -> msg => match msg {
                Ok(v) => sum += v,
                Err(_) => b = None,
            },
        }
    }
    println!("sum: {sum}");
    for producer in producers {
        producer.join().unwrap();
    }
}
// ANCHOR_END: merge

// ANCHOR: never
fn nil_is_never_ready() {
    let nil: Receiver<i32> = never(); // a receive on it blocks forever
    select! {
        recv(nil) -> v => println!("received {v:?}"),
        default => println!("a nil channel is never ready"),
    }
}
// ANCHOR_END: never

fn main() {
    merge_until_both_close();
    nil_is_never_ready();
}
