//! Go's `container/ring` is a `VecDeque` turned with `rotate_left`, or, for
//! the last n values, a fixed array and the index of its oldest slot. The
//! port of `go/containers_ring/main.go`.

use std::collections::VecDeque;

use containers::print;

/// What Go's `fmt` prints for a slot: its value, or `<nil>` for a slot
/// that was never written (Go's ring starts with nil `Value`s).
fn slot(value: &Option<&str>) -> String {
    value.unwrap_or("<nil>").to_owned()
}

/// The slots of a ring on an array, from the oldest one on:
/// the order of Go's `Do` from the ring's current element.
fn from_oldest(slots: &[Option<&str>], oldest: usize) -> Vec<String> {
    let n = slots.len();
    (0..n).map(|i| slot(&slots[(oldest + i) % n])).collect()
}

fn main() {
    // ANCHOR: ring
    let mut r: VecDeque<i32> = (1..=5).collect();
    println!("ring: {}", print::slice(r.make_contiguous()));
    r.rotate_left(2);
    let turned = print::slice(r.make_contiguous());
    println!("after Move(2): {turned}");
    // ANCHOR_END: ring

    // ANCHOR: last_lines
    // The last 3 log lines; `oldest` is also the next to write.
    let mut slots: [Option<&str>; 3] = [None; 3];
    let mut oldest = 0;
    for line in ["boot", "listen"] {
        slots[oldest] = Some(line);
        oldest = (oldest + 1) % slots.len();
    }
    let two = from_oldest(&slots, oldest);
    println!("2 lines: {}", print::slice(&two));
    for line in ["accept", "close"] {
        slots[oldest] = Some(line);
        oldest = (oldest + 1) % slots.len();
    }
    let four = from_oldest(&slots, oldest);
    println!("4 lines: {}", print::slice(&four));
    // ANCHOR_END: last_lines
}
