//! The port of go/seams_clock: no variable to swap; each call is handed
//! the clock it should read.

use test_seams::clock::{Clock, FixedClock, SystemClock, at, greeting};

// ANCHOR: main
fn main() {
    for (hours, minutes) in [(9, 30), (15, 0), (20, 0)] {
        let clock = FixedClock(at(hours, minutes));
        println!("{hours:02}:{minutes:02} {}", greeting(&clock));
    }
    // Nothing was swapped, so nothing needs putting back.
    println!("real clock again: {}", SystemClock.now() > at(24 * 366, 0));
}
// ANCHOR_END: main
