//! A priority queue of structs: `BinaryHeap<Job>`, with `Job`'s `Ord` on
//! its priority. The port of `go/containers_pq/main.go`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use containers::go_heap;
use containers::jobs::Job;
use containers::print;

/// The four jobs of the Go program, in the order it queues them.
fn four_jobs() -> [Job; 4] {
    [
        Job::new("email", 3),
        Job::new("build", 5),
        Job::new("backup", 1),
        Job::new("report", 2),
    ]
}

/// A job as the Go program prints it: `priority:name`.
fn label(job: &Job) -> String {
    format!("{}:{}", job.priority, job.name)
}

fn main() {
    // ANCHOR: fix
    let mut queue = BinaryHeap::from(four_jobs());
    // No index, no Fix: take it out, push it back changed.
    queue.retain(|job| job.name != "backup");
    queue.push(Job::new("backup", 9));
    let mut ran = Vec::new();
    while let Some(job) = queue.pop() {
        ran.push(label(&job));
    }
    println!("with heap.Fix: {}", print::slice(&ran));
    // ANCHOR_END: fix

    // ANCHOR: no_fix
    // A BinaryHeap lends its jobs only to read: the mistake
    // needs Go's slice, go_heap, a min-heap of Reverse(job).
    let mut slice = Vec::new();
    for job in four_jobs() {
        go_heap::push(&mut slice, Reverse(job));
    }
    for Reverse(job) in &mut slice {
        if job.name == "backup" {
            job.priority = 9;
        }
    }
    let ran: Vec<String> = go_heap::drain(&mut slice)
        .iter()
        .map(|Reverse(job)| label(job))
        .collect();
    println!("without heap.Fix: {}", print::slice(&ran));
    // ANCHOR_END: no_fix
}
