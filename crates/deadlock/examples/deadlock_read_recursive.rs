//! A read lock taken again while a writer waits. The port of
//! `go/deadlock_read_recursive/main.go`, with std's `RwLock`, whose waiting
//! writer blocks new readers on Linux, as Go's does.

use std::sync::RwLock;
use std::thread;
use std::time::{Duration, Instant};

// ANCHOR: main
fn main() {
    let rw = RwLock::new(());
    let outer = rw.read().unwrap(); // the outer read lock
    thread::scope(|s| {
        let writer = s.spawn(|| drop(rw.write().unwrap())); // waits for `outer`

        // Wait until the writer is queued: from then on a new reader waits
        // for it. `try_read` shows it without waiting.
        let deadline = Instant::now() + Duration::from_secs(10);
        while let Ok(again) = rw.try_read() {
            drop(again);
            assert!(
                Instant::now() < deadline,
                "the writer never started waiting"
            );
            thread::yield_now();
        }
        println!("a writer waits: a second RLock now would wait for it, and it waits for us");

        drop(outer); // release the outer read lock instead
        writer.join().unwrap();
        println!("outer read lock released: the writer ran");
    });
}
// ANCHOR_END: main
