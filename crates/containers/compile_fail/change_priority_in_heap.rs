// compile_fail: E0594
// Go's `job.priority = 9` without heap.Fix, in Rust: a BinaryHeap lends its
// elements only to read, so the order cannot be broken behind its back.
// Shown in the book.
//
//   error[E0594]: cannot assign to `job.priority`, which is behind a `&` reference

use std::collections::BinaryHeap;

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Job {
    priority: u32,
    name: String,
}

fn main() {
    let mut queue = BinaryHeap::new();
    queue.push(Job {
        priority: 1,
        name: "backup".to_owned(),
    });
    // ANCHOR: change
    for job in queue.iter() {
        if job.name == "backup" {
            job.priority = 9;
        }
    }
    // ANCHOR_END: change
    queue.push(Job {
        priority: 5,
        name: "build".to_owned(),
    });
}
