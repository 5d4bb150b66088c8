//! A sender blocked forever on a rendezvous channel that nobody reads: the
//! port of `go/leak_blocked_send/main.go`.
//!
//! Go's leaky `lookup` does not leak in Rust: its receiver is dropped on the
//! early return, so the send fails and the thread ends. Rust leaks when the
//! receiver outlives the call, as in this client that keeps one channel for
//! every lookup.

use std::sync::Mutex;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::time::Duration;

use leakcheck::thread::{running, settle};

// ANCHOR: leaky
/// One rendezvous channel for every lookup, kept in the client: on an early
/// return its receiver lives on, so the lookup thread's send blocks forever.
struct Client {
    results_tx: SyncSender<String>,
    results: Mutex<Receiver<String>>,
}

impl Client {
    fn lookup(&self, key: &str) -> Result<String, String> {
        let (tx, owned) = (self.results_tx.clone(), key.to_owned());
        leakcheck::thread::spawn("lookup", move || {
            let _ = tx.send(format!("value of {owned}"));
        });
        if key.is_empty() {
            return Err("empty key".into());
        }
        Ok(self.results.lock().unwrap().recv().unwrap())
    }
}
// ANCHOR_END: leaky

// ANCHOR: fixed
/// One channel per call, even unbuffered: the early return drops `result`, so
/// the send fails with `SendError` instead of blocking, and the thread ends.
fn lookup(key: &str) -> Result<String, String> {
    let (tx, result) = sync_channel(0);
    let owned = key.to_owned();
    leakcheck::thread::spawn("lookup", move || {
        let _ = tx.send(format!("value of {owned}"));
    });
    if key.is_empty() {
        return Err("empty key".into());
    }
    Ok(result.recv().unwrap())
}
// ANCHOR_END: fixed

fn main() {
    let patience = Duration::from_millis(100);
    let (results_tx, results) = sync_channel(0);
    let client = Client {
        results_tx,
        results: Mutex::new(results),
    };

    let base = running();
    let err = client.lookup("").unwrap_err();
    println!(
        "leaky: error {err:?}, left behind: {}",
        settle(base, patience) - base
    );

    let base = running();
    let err = lookup("").unwrap_err();
    println!(
        "fixed: error {err:?}, left behind: {}",
        settle(base, patience) - base
    );
}
