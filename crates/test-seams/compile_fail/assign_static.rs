// compile_fail: E0594
// Go's `timeNow = fake` assigns to a package variable. A Rust `static` is
// immutable: swapping its function needs a lock (or an atomic) inside it,
// or `static mut` and `unsafe`, and the global state comes with them.

use std::time::SystemTime;

// ANCHOR: assign
static TIME_NOW: fn() -> SystemTime = SystemTime::now;

fn fake_now() -> SystemTime {
    SystemTime::UNIX_EPOCH
}

fn main() {
    TIME_NOW = fake_now;
    println!("{:?}", TIME_NOW());
}
// ANCHOR_END: assign
