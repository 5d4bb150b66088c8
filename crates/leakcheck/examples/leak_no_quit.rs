//! A worker without a quit signal runs forever: the port of
//! `go/leak_no_quit/main.go`.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use leakcheck::thread::{running, settle};

// ANCHOR: leaky
/// Polls every millisecond, forever: nothing can stop it.
fn start_poller(polls: Arc<AtomicU64>) {
    leakcheck::thread::spawn("poller", move || {
        loop {
            polls.fetch_add(1, Ordering::Relaxed);
            thread::sleep(Duration::from_millis(1));
        }
    });
}
// ANCHOR_END: leaky

// ANCHOR: fixed
/// Stops when `quit` says so, or when its sender is dropped: waiting on the
/// quit channel *is* the pause between polls.
fn start_poller_with_quit(polls: Arc<AtomicU64>, quit: Receiver<()>) {
    leakcheck::thread::spawn("poller", move || {
        while let Err(RecvTimeoutError::Timeout) = quit.recv_timeout(Duration::from_millis(1)) {
            polls.fetch_add(1, Ordering::Relaxed);
        }
    });
}
// ANCHOR_END: fixed

fn main() {
    let patience = Duration::from_millis(100);
    let polls = Arc::new(AtomicU64::new(0));
    let base = running();
    start_poller(Arc::clone(&polls));
    println!("leaky: left behind: {}", settle(base, patience) - base);

    let base = running();
    let (quit_tx, quit) = mpsc::channel();
    start_poller_with_quit(Arc::clone(&polls), quit);
    drop(quit_tx); // Go's close(quit)
    println!("fixed: left behind: {}", settle(base, patience) - base);
}
