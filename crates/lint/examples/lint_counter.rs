//! The port of go/lint_counter: a thousand threads increment one counter
//! behind one lock.

use lint::counter::Counter;

// ANCHOR: main
fn main() {
    let counter = Counter::default();
    std::thread::scope(|s| {
        for _ in 0..1000 {
            s.spawn(|| counter.increment());
        }
    });
    println!("count: {}", counter.get());
}
// ANCHOR_END: main
