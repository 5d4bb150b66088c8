//! The port of go/seams_global: Go's package-level seam as a Rust
//! `static`, and the same two pitfalls. Channels force the interleaving
//! that tests on several threads make possible.

use std::sync::mpsc;
use std::time::SystemTime;

use test_seams::clock::at;
use test_seams::global::{TIME_NOW, greeting};

fn nine() -> SystemTime {
    at(9, 0)
}

fn twenty() -> SystemTime {
    at(20, 0)
}

/// What Go's `timeNow = f` does: replace the function, return the old one.
fn set_clock(f: fn() -> SystemTime) -> fn() -> SystemTime {
    std::mem::replace(&mut *TIME_NOW.write().unwrap(), f)
}

// ANCHOR: parallel
fn main() {
    let (swapped_tx, swapped) = mpsc::channel();
    let (evening_tx, evening) = mpsc::channel();
    std::thread::scope(|s| {
        let morning = s.spawn(move || {
            let old = set_clock(nine);
            swapped_tx.send(()).unwrap();
            evening.recv().unwrap(); // the evening test swaps in between
            let got = greeting();
            set_clock(old);
            got
        });
        s.spawn(move || {
            swapped.recv().unwrap();
            set_clock(twenty);
            evening_tx.send(()).unwrap();
        });
        let got = morning.join().unwrap();
        println!("the morning test, beside the evening test: {got}");
    });
    // ANCHOR_END: parallel
    // ANCHOR: forgot
    set_clock(twenty); // a test that swaps and never restores
    println!(
        "the next test, on the real clock (it thinks): {}",
        greeting()
    );
    // ANCHOR_END: forgot
}
