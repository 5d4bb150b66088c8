//! A forgotten cancel: the port of `go/leak_no_cancel/main.go`.
//!
//! Here the cancel handle is the sending end of a channel, and dropping it
//! cancels: the channel closes at the end of the scope. To forget it, you
//! have to say so, with `mem::forget` (or keep the handle alive forever).
//! Not every handle works this way: dropping a tokio-util
//! `CancellationToken` does not cancel it; its `drop_guard()` does.

use std::mem;
use std::sync::mpsc::{self, Sender};
use std::time::Duration;

use leakcheck::thread::{running, settle};

// ANCHOR: watch
/// Starts a thread that lives until the returned handle is dropped (or
/// sent on): the handle is the cancel function.
fn watch() -> Sender<()> {
    let (cancel, done) = mpsc::channel::<()>();
    leakcheck::thread::spawn("watcher", move || {
        let _ = done.recv(); // Err once every `Sender` is gone
    });
    cancel
}
// ANCHOR_END: watch

fn main() {
    let patience = Duration::from_millis(100);
    // ANCHOR: main
    let base = running();
    for _ in 0..3 {
        mem::forget(watch()); // the only way to "forget" to cancel
    }
    println!("leaky: left behind: {}", settle(base, patience) - base);

    let base = running();
    for _ in 0..3 {
        let _cancel = watch(); // dropped at the end of each iteration
    }
    println!("fixed: left behind: {}", settle(base, patience) - base);
    // ANCHOR_END: main
}
