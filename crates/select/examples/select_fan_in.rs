//! Fan-out to three workers reading one channel, fan-in of their outputs.
//! The port of `go/select_fan_in/main.go`.

use crossbeam_channel::bounded;
use select::pipeline::Stages;

fn main() {
    // ANCHOR: main
    let mut stages = Stages::new();
    let (_cancel, done) = bounded::<()>(0);
    let numbers = stages.generator(&done, 1..=10);
    let workers = stages.fan_out(&done, numbers, 3, |v: u64| v * v);
    let sum: u64 = stages.fan_in(&done, workers).iter().sum();
    println!("sum of the squares of 1..10: {sum}");
    stages.join();
    // ANCHOR_END: main
}
