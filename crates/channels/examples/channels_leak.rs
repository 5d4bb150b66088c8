//! "First answer wins" without the leak: in Rust the losers' sends fail once
//! the receiver is dropped, and their threads end.
//! The port of `go/channels_leak/main.go`, with std's `mpsc`.

use std::sync::mpsc;
use std::thread::{self, JoinHandle};

// ANCHOR: program
/// Returns the first answer, and the replicas' threads: each ends with
/// whether its answer was delivered.
fn first_answer(replicas: usize) -> (String, Vec<JoinHandle<bool>>) {
    let (tx, rx) = mpsc::sync_channel(0); // unbuffered, as in Go
    let workers = (1..=replicas)
        .map(|i| {
            let tx = tx.clone();
            thread::spawn(move || tx.send(format!("replica {i}")).is_ok())
        })
        .collect();
    let answer = rx.recv().unwrap();
    (answer, workers)
    // `rx` is dropped here: every send still waiting fails with `SendError`,
    // and the losers' threads end instead of blocking forever.
}

fn main() {
    let (answer, workers) = first_answer(3);
    println!("first answer: {answer}");
    let gave_up = workers
        .into_iter()
        .map(|worker| worker.join().unwrap())
        .filter(|delivered| !delivered)
        .count();
    println!("threads that gave up (receiver gone): {gave_up}");
}
// ANCHOR_END: program
