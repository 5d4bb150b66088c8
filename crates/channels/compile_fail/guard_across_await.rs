// compile_fail: future cannot be sent between threads safely
// This file must NOT compile: it is a `compile_fail` doctest of
// `channels::pitfalls` (see src/pitfalls.rs), shown in the book.
//
//   error: future cannot be sent between threads safely
//   = help: ... the trait `Send` is not implemented for `std::sync::MutexGuard<'_, Vec<u32>>`
//   note: future is not `Send` as this value is used across an await

use std::sync::{Arc, Mutex};
use tokio::sync::mpsc;

// ANCHOR: guard_held
async fn log_then_forward(log: Arc<Mutex<Vec<u32>>>, value: u32, out: mpsc::Sender<u32>) {
    let mut entries = log.lock().unwrap();
    entries.push(value);
    out.send(value).await.unwrap(); // `entries` is still alive across this await
}

fn start(log: Arc<Mutex<Vec<u32>>>, out: mpsc::Sender<u32>) {
    tokio::spawn(log_then_forward(log, 7, out)); // error: the future is not `Send`
}
// ANCHOR_END: guard_held

fn main() {
    let (tx, _rx) = mpsc::channel(1);
    start(Arc::new(Mutex::new(Vec::new())), tx);
}
