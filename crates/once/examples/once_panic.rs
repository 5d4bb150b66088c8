//! A panic inside `call_once`, with the hand-built Go-style `Once`: done all
//! the same, never runs again. The port of `go/once_panic/main.go`. (std's
//! `Once` would instead be poisoned: see `tests/panics.rs`.)

use once::goonce::Once;
use std::panic::{self, AssertUnwindSafe};

fn call(once: &Once, name: &str, f: impl FnOnce()) {
    match panic::catch_unwind(AssertUnwindSafe(|| once.call_once(f))) {
        Ok(()) => println!("{name} returned"),
        Err(payload) => {
            let message = payload.downcast_ref::<&str>().copied().unwrap_or("?");
            println!("{name} panicked: {message}");
        }
    }
}

fn main() {
    panic::set_hook(Box::new(|_| {})); // the panic is reported by `call`
    // ANCHOR: main
    let once = Once::new();
    call(&once, "first", || panic!("config file missing"));
    call(&once, "second", || println!("second: loading the config"));
    // ANCHOR_END: main
}
