//! A channel deadlock, noticed by a bounded wait. The port of
//! `go/deadlock_channel/main.go`.

use deadlock::bounded::{WaitError, recv_within};
use std::sync::mpsc::{channel, sync_channel};
use std::thread;
use std::time::Duration;

// ANCHOR: main
fn main() {
    let (tx, rx) = sync_channel(0); // a rendezvous: a send waits for a receiver
    let (sent_tx, sent) = channel();
    let sender = thread::spawn(move || {
        tx.send(1).unwrap(); // nobody receives: blocked
        sent_tx.send(()).unwrap();
    });

    match recv_within(&sent, Duration::from_millis(50)) {
        Ok(()) => println!("sent"),
        Err(WaitError::TimedOut) => println!("send still blocked after 50ms: likely deadlock"),
        Err(WaitError::Disconnected) => println!("the sender died"),
    }

    println!("received {}", rx.recv().unwrap()); // release the sender
    sent.recv().unwrap();
    sender.join().unwrap();
    println!("sender finished");
}
// ANCHOR_END: main
