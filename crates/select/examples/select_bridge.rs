//! Bridge: a channel of channels read as one channel. The port of
//! `go/select_bridge/main.go`.

use crossbeam_channel::bounded;
use select::pipeline::Stages;
use std::thread;

fn main() {
    // ANCHOR: main
    let (streams_tx, streams) = bounded(0);
    let producer = thread::spawn(move || {
        for i in 0..3 {
            let (tx, stream) = bounded(2);
            tx.send(2 * i + 1).unwrap();
            tx.send(2 * i + 2).unwrap();
            drop(tx); // closed, its two values still buffered
            streams_tx.send(stream).unwrap();
        }
    });
    let mut stages = Stages::new();
    let (_cancel, done) = bounded::<()>(0);
    let values: Vec<i32> = stages.bridge(&done, streams).iter().collect();
    println!("{}", go_slice(&values));
    producer.join().unwrap();
    stages.join();
    // ANCHOR_END: main
}

/// Formats like Go's fmt.Println of a slice: `[1 2 3]`.
fn go_slice(values: &[i32]) -> String {
    let items: Vec<String> = values.iter().map(i32::to_string).collect();
    format!("[{}]", items.join(" "))
}
