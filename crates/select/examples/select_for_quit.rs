//! for-select with a quit channel. The port of `go/select_for_quit/main.go`.

use crossbeam_channel::bounded;
use select::threads::sum_until_quit;
use std::thread;

fn main() {
    // ANCHOR: main
    let (work_tx, work) = bounded(0); // rendezvous: each send waits for its receive
    let (quit_tx, quit) = bounded::<()>(0);
    let producer = thread::spawn(move || {
        for i in 1..=3 {
            work_tx.send(i).unwrap();
        }
        drop(quit_tx); // Go's close(quit)
    });

    let sum = sum_until_quit(&work, &quit);
    println!("quit; sum = {sum}");
    producer.join().unwrap();
    // ANCHOR_END: main
}
