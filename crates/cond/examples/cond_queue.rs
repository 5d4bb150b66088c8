//! The bounded queue built from a `Mutex` and two `Condvar`s
//! (`cond::queue::BoundedQueue`). The port of `go/cond_queue/main.go`.

use cond::queue::BoundedQueue;
use std::thread;

fn main() {
    // ANCHOR: main
    let queue = BoundedQueue::new(2);
    thread::scope(|scope| {
        scope.spawn(|| {
            for i in 1..=5 {
                queue.push(i * i);
            }
        });
        for _ in 0..5 {
            println!("got {}", queue.pop());
        }
    });
    // ANCHOR_END: main
}
