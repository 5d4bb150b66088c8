//! Buffered channels: sends complete at once while there is room; len and cap.
//! The port of `go/channels_buffered/main.go`, with crossbeam-channel (std's
//! channels have no `len` or capacity).

use crossbeam_channel::{Sender, TrySendError, bounded};

// ANCHOR: main
fn show(ch: &Sender<&str>) {
    let cap = ch.capacity().expect("a bounded channel has a capacity");
    println!("len {} cap {cap}", ch.len());
}

fn main() {
    let (tx, rx) = bounded(3);
    show(&tx);
    tx.send("a").unwrap(); // room in the buffer: returns at once, no receiver needed
    tx.send("b").unwrap();
    show(&tx);
    println!("received {}", rx.recv().unwrap());
    show(&tx);

    tx.send("c").unwrap();
    tx.send("d").unwrap();
    match tx.try_send("e") {
        Ok(()) => println!("sent e"),
        Err(TrySendError::Full(_)) => println!("full: a send would block"),
        Err(TrySendError::Disconnected(_)) => println!("the receiver is gone"),
    }

    drop(tx); // close(ch)
    for s in rx {
        // buffered values outlive the close
        println!("received {s}");
    }
}
// ANCHOR_END: main
