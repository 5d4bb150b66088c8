//! Self-deadlock on a non-reentrant lock, caught before it happens. The port
//! of `go/deadlock_self/main.go`.

use deadlock::detector::LockGraph;
use std::sync::{Mutex, TryLockError};

// ANCHOR: main
fn main() {
    let graph = LockGraph::new();
    let mu = graph.mutex("mu", ());
    let _held = mu.lock().unwrap();
    match mu.lock() {
        Ok(_) => println!("locked twice"),
        Err(_deadlock) => println!("self-deadlock: the goroutine waits for a lock it holds"),
    }

    // With a plain std Mutex, `try_lock` says so without waiting.
    let plain = Mutex::new(0);
    let _guard = plain.lock().unwrap();
    assert!(matches!(plain.try_lock(), Err(TryLockError::WouldBlock)));
}
// ANCHOR_END: main
