//! A bounded channel as a semaphore: at most 3 threads work at once. The port
//! of `go/bounded_semaphore/main.go`.

use bounded::chan_semaphore::ChanSemaphore;
use bounded::gauge::Gauge;
use std::thread;
use std::time::Duration;

// ANCHOR: main
fn main() {
    const LIMIT: usize = 3;
    let sem = ChanSemaphore::new(LIMIT);
    let gauge = Gauge::new();
    thread::scope(|s| {
        for _ in 0..10 {
            s.spawn(|| {
                let _token = sem.acquire(); // released when dropped
                let _in_flight = gauge.enter();
                thread::sleep(Duration::from_millis(5)); // the work
            });
        }
    });
    println!("jobs done: {}", gauge.started());
    println!("never more than {LIMIT} at once: {}", gauge.max() <= LIMIT);
}
// ANCHOR_END: main
