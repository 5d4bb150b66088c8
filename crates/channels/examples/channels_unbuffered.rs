//! Unbuffered channels: a send waits until a receiver takes the value.
//! The port of `go/channels_unbuffered/main.go`, with std's `sync_channel(0)`.

use std::sync::mpsc::{self, TrySendError};
use std::thread;

// ANCHOR: ping_pong
fn ping_pong() {
    let (ping_tx, ping_rx) = mpsc::sync_channel::<String>(0); // capacity 0: a rendezvous
    let (pong_tx, pong_rx) = mpsc::sync_channel::<String>(0);

    let echo = thread::spawn(move || {
        for msg in ping_rx {
            pong_tx.send(format!("{msg} -> pong")).unwrap();
        }
        // `pong_tx` is dropped here: that closes pong.
    });

    for i in 1..=3 {
        ping_tx.send(format!("ping {i}")).unwrap(); // returns once the thread has it
        println!("{}", pong_rx.recv().unwrap());
    }
    drop(ping_tx); // close(ping)
    println!("pong still open: {}", pong_rx.recv().is_ok());
    echo.join().unwrap();
}
// ANCHOR_END: ping_pong

// ANCHOR: lonely
fn lonely_send() {
    // `_lonely_rx`, not `_`: a receiver bound to `_` is dropped at once.
    let (lonely_tx, _lonely_rx) = mpsc::sync_channel::<&str>(0);
    match lonely_tx.try_send("hello") {
        Ok(()) => println!("sent"),
        // Nobody is receiving, so the send cannot complete.
        Err(TrySendError::Full(_)) => println!("no receiver: a send would block"),
        Err(TrySendError::Disconnected(_)) => println!("the receiver is gone"),
    }
}
// ANCHOR_END: lonely

fn main() {
    ping_pong();
    lonely_send();
}
