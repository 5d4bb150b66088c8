//! The comma-ok receive: tell a value from a closed channel.
//! The port of `go/channels_comma_ok/main.go`, with std's `mpsc`.

use std::sync::mpsc::{self, RecvError, TryRecvError};

// ANCHOR: comma_ok
fn comma_ok() {
    let (tx, rx) = mpsc::sync_channel(2);
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    drop(tx); // close(ch)
    for _ in 0..3 {
        // after close: the buffered values, then Err(RecvError); no zero value
        match rx.recv() {
            Ok(v) => println!("received {v}"),
            Err(RecvError) => println!("closed and drained"),
        }
    }
}
// ANCHOR_END: comma_ok

// ANCHOR: nonblocking
fn non_blocking() {
    let (_open_tx, open_rx) = mpsc::sync_channel::<i32>(1);
    match open_rx.try_recv() {
        Ok(v) => println!("received {v} true"),
        Err(TryRecvError::Empty) => println!("open but empty"),
        Err(TryRecvError::Disconnected) => println!("closed and drained"),
    }
}
// ANCHOR_END: nonblocking

fn main() {
    comma_ok();
    non_blocking();
}
