// compile_fail: E0277
// A BinaryHeap of a struct that has no order: Go would want a Less method,
// Rust wants `Ord`. Shown in the book, with rustc's suggestion to derive it.
//
//   error[E0277]: the trait bound `Job: Ord` is not satisfied

use std::collections::BinaryHeap;

// ANCHOR: no_ord
struct Job {
    name: String,
    priority: u32,
}

fn main() {
    let mut queue = BinaryHeap::new();
    queue.push(Job {
        name: "build".to_owned(),
        priority: 5,
    });
    // ANCHOR_END: no_ord
    println!("{} job queued", queue.len());
}
