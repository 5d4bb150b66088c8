//! A pipeline: an endless generator, a squaring stage, and a done channel
//! that stops both. The port of `go/select_pipeline/main.go`.

use crossbeam_channel::bounded;
use select::pipeline::Stages;

fn main() {
    // ANCHOR: main
    let mut stages = Stages::new();
    let (cancel, done) = bounded::<()>(0); // nobody sends: dropping `cancel` closes it
    let numbers = stages.generator(&done, 1..);
    let squares = stages.map(&done, numbers, |v: u64| v * v);
    for v in squares.iter().take(5) {
        println!("{v}");
    }
    drop(cancel); // cancel: every stage returns, even one blocked on a send
    stages.join();
    println!("every stage stopped");
    // ANCHOR_END: main
}
