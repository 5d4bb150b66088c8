// compile_fail: E0382
// Go's value receiver `func (c Counter) Inc()` copies the counter and its
// mutex on every call, and go vet reports it. A Rust method that takes
// `self` by value moves the counter instead: the second call has no
// counter left to call it on.

use std::sync::Mutex;

#[derive(Default)]
struct Counter {
    count: Mutex<u64>,
}

// ANCHOR: by_value
impl Counter {
    fn increment(self) {
        *self.count.lock().unwrap() += 1;
    }
}

fn main() {
    let counter = Counter::default();
    counter.increment();
    counter.increment();
}
// ANCHOR_END: by_value
