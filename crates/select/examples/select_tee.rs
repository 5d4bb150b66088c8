//! Or-done and tee: one stream read by two consumers. The port of
//! `go/select_tee/main.go`.

use crossbeam_channel::bounded;
use select::pipeline::Stages;

fn main() {
    // ANCHOR: main
    let mut stages = Stages::new();
    let (cancel, done) = bounded::<()>(0);
    let numbers = stages.generator(&done, 1..=3);
    let (a, b) = stages.tee(&done, numbers);
    for v in stages.or_done(&done, a).iter() {
        println!("a: {v} b: {}", b.recv().unwrap());
    }
    drop(cancel);
    stages.join();
    // ANCHOR_END: main
}
