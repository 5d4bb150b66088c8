//! `sync.Once` guarding a package variable becomes a `OnceLock` holding the
//! value: the port of `go/once_basic/main.go`.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

// ANCHOR: once
static LOADS: AtomicUsize = AtomicUsize::new(0);
static CONFIG: OnceLock<HashMap<&str, &str>> = OnceLock::new();

fn load_config() -> HashMap<&'static str, &'static str> {
    LOADS.fetch_add(1, Ordering::Relaxed);
    HashMap::from([("addr", "127.0.0.1:8080")])
}

fn config() -> &'static HashMap<&'static str, &'static str> {
    CONFIG.get_or_init(load_config) // the value lives in the cell: no separate `var`
}
// ANCHOR_END: once

fn main() {
    let addrs: Vec<&str> = thread::scope(|scope| {
        let handles: Vec<_> = (0..8).map(|_| scope.spawn(|| config()["addr"])).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("8 goroutines read addr {} and {}", addrs[0], addrs[7]);
    println!("loadConfig ran {} time(s)", LOADS.load(Ordering::Relaxed));
}
