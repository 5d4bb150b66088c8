//! The port of go/gc_trace: the same allocations, 1024 pieces of 64 KiB
//! with the last 16 kept. Rust has no collector to trace: each piece is
//! freed the moment it leaves the window, so what there is to print is how
//! many were freed and when.

use std::collections::VecDeque;

// ANCHOR: work
fn main() {
    let mut keep: VecDeque<Vec<u8>> = VecDeque::new();
    let mut freed = 0;
    for _ in 0..1024 {
        keep.push_back(vec![0u8; 64 << 10]);
        if keep.len() > 16 {
            // The piece is dropped (freed) here, not at some later collection.
            drop(keep.pop_front());
            freed += 1;
        }
    }
    println!(
        "{freed} pieces freed as they left the window, {} still live",
        keep.len()
    );
}
// ANCHOR_END: work
