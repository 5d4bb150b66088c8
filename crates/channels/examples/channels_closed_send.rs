//! A send on a closed channel: Go panics, Rust returns the value in an error.
//! The port of `go/channels_closed_send/main.go`, with this crate's Go-style
//! channel, which has Go's explicit `close`.

use channels::gochan::{self, Sender};

// ANCHOR: program
fn try_send(ch: &Sender<i32>, v: i32) {
    match ch.send(v) {
        Ok(()) => println!("sent {v}"),
        // No panic to recover from: the error says why, and
        // `err.into_inner()` hands `v` back.
        Err(err) => println!("send failed: {err}"),
    }
}

fn main() {
    let (tx, rx) = gochan::channel(1);
    try_send(&tx, 1);
    tx.close();
    try_send(&tx, 2); // fails: send on closed channel

    // A closed channel still hands out what it buffered.
    println!("still buffered: {}", rx.recv().unwrap());
}
// ANCHOR_END: program
