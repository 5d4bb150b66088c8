//! `select!` with `default` (never blocks) and with a timeout. The port of
//! `go/select_timeout/main.go`, with crossbeam-channel.

use crossbeam_channel::{after, bounded, select};
use select::threads::{Waited, recv_or_timeout};
use std::time::Duration;

fn main() {
    // ANCHOR: default
    let (tx, rx) = bounded::<i32>(1);
    select! {
        recv(rx) -> v => println!("got {}", v.unwrap()),
        default => println!("nothing ready: default runs at once"),
    }
    // ANCHOR_END: default

    // ANCHOR: timeout
    tx.send(1).unwrap();
    // `after(d)` is a channel that delivers once, after `d`: Go's time.After.
    select! {
        recv(rx) -> v => println!("got {}", v.unwrap()),
        recv(after(Duration::from_secs(1))) -> _ => println!("timed out"),
    }

    let (_silent_tx, silent) = bounded::<i32>(0); // nobody ever sends on it
    match recv_or_timeout(&silent, Duration::from_millis(20)) {
        Ok(v) => println!("got {v}"),
        Err(Waited::TimedOut) => println!("timed out after 20ms"),
        Err(Waited::Closed) => println!("closed"),
    }
    // ANCHOR_END: timeout
}
