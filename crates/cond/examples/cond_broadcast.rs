//! Workers wait for a start signal; `notify_all` releases them all. The port
//! of `go/cond_broadcast/main.go`.

use std::sync::mpsc;
use std::sync::{Condvar, Mutex};
use std::thread;

fn main() {
    // ANCHOR: main
    let started = Mutex::new(false); // the state lives inside the lock
    let start = Condvar::new();
    let (ready_tx, ready) = mpsc::channel();
    let sum: u32 = thread::scope(|scope| {
        let workers: Vec<_> = (1..=3)
            .map(|id| {
                let (started, start, ready_tx) = (&started, &start, ready_tx.clone());
                scope.spawn(move || {
                    let guard = started.lock().unwrap();
                    ready_tx.send(()).unwrap();
                    // wait_while is Go's `for !started { start.Wait() }`
                    let _guard = start.wait_while(guard, |started| !*started).unwrap();
                    id
                })
            })
            .collect();
        for _ in 0..3 {
            ready.recv().unwrap();
        }
        *started.lock().unwrap() = true;
        start.notify_all(); // notify_one would wake only one of them
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    println!("all 3 workers ran; sum of ids: {sum}");
    // ANCHOR_END: main
}
