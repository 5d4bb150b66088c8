//! Several producers, one consumer that receives until the channel is closed.
//! The port of `go/channels_close_range/main.go`, with std's `mpsc`.

use std::sync::mpsc;
use std::thread;

// ANCHOR: main
fn main() {
    let (tx, rx) = mpsc::sync_channel(0);
    let producers: Vec<_> = (1..=3)
        .map(|w| {
            let tx = tx.clone(); // one sender per producer
            thread::spawn(move || {
                for i in 1..=4 {
                    tx.send(w * i).unwrap();
                }
                // This producer's `tx` is dropped here.
            })
        })
        .collect();
    // Drop the original too: the channel closes when the last sender is
    // gone, so no WaitGroup and no closing goroutine are needed.
    drop(tx);

    let (mut sum, mut count) = (0, 0);
    for v in rx {
        sum += v;
        count += 1;
    }
    println!("received {count} values, sum {sum}");
    for producer in producers {
        producer.join().unwrap();
    }
}
// ANCHOR_END: main
