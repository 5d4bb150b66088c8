//! A blocking call on a one-thread runtime stalls every other task; awaiting
//! or `spawn_blocking` does not. Counts the ticks of a busy task while
//! another waits 50 ms in each of the three ways.

use std::time::Duration;

use coroutines::colouring::{Wait, ticks_while_waiting};

// ANCHOR: main
fn main() {
    for wait in [Wait::Block, Wait::Await, Wait::SpawnBlocking] {
        let ticks = ticks_while_waiting(wait, Duration::from_millis(50));
        let verdict = if ticks == 0 {
            "the runtime stalled"
        } else {
            "the other task kept running"
        };
        println!("{wait:?}: {verdict}");
    }
}
// ANCHOR_END: main
