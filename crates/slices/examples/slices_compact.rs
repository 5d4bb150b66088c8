//! `dedup`, `dedup_by_key`, `retain` with a set, `drain`, `truncate` and
//! `split_off`: what Go 1.19 writes as loops. The port of
//! `go/slices_compact/main.go`.

use std::collections::HashSet;

use slices::print::slice;

fn main() {
    // ANCHOR: compact
    let mut s = vec![1, 1, 2, 2, 2, 1, 3, 3];
    // only *consecutive* duplicates go
    s.dedup();
    println!("consecutive duplicates removed: {}", slice(&s));
    // ANCHOR_END: compact

    // ANCHOR: first_seen
    let mut s = vec![1, 1, 2, 2, 2, 1, 3, 3];
    let mut seen = HashSet::new();
    // insert returns false when it was already there
    s.retain(|&v| seen.insert(v));
    println!("first occurrences: {}", slice(&s));
    // ANCHOR_END: first_seen

    // ANCHOR: by_key
    let mut temps = vec![21, 23, 34, 38, 31, 12];
    temps.dedup_by_key(|t| *t / 10);
    println!("one per run of tens: {}", slice(&temps));
    // ANCHOR_END: by_key

    // ANCHOR: cut
    let mut r = vec![0, 1, 2, 3, 4, 5, 6];
    // drain removes r[1..3] and yields it
    let cut: Vec<i32> = r.drain(1..3).collect();
    println!("cut {} left {}", slice(&cut), slice(&r));
    // ANCHOR_END: cut

    // ANCHOR: truncate
    r.truncate(3);
    println!("truncated: {}", slice(&r));
    // ANCHOR_END: truncate

    // ANCHOR: split
    let mut q = vec![1, 2, 3, 4, 5];
    // q keeps [..2]; the tail is a new Vec
    let tail = q.split_off(2);
    println!("kept {} split off {}", slice(&q), slice(&tail));
    // ANCHOR_END: split
}
