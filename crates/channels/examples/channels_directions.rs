//! Channel directions: a function that may only send, one that may only receive.
//! The port of `go/channels_directions/main.go`, with std's `mpsc`.

use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread;

// ANCHOR: program
/// Takes the sending end by value: it has no `recv`, and dropping it at the
/// end is the `close(out)`.
fn produce(out: SyncSender<i32>, n: i32) {
    for i in 1..=n {
        out.send(i * i).unwrap();
    }
}

/// Takes the receiving end: it has no `send` and no `close`.
fn consume(input: Receiver<i32>) -> i32 {
    input.iter().sum()
}

fn main() {
    let (tx, rx) = mpsc::sync_channel(0); // the two ends are two types
    let producer = thread::spawn(move || produce(tx, 4));
    println!("sum of squares: {}", consume(rx));
    producer.join().unwrap();
}
// ANCHOR_END: program
