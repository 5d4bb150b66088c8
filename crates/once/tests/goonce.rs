//! Stress tests of the hand-built `Once` (loom checks the same code under
//! every interleaving of small models: `loom_once.rs`).
#![cfg(not(loom))]

use once::goonce::Once;
use std::sync::Barrier;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

const THREADS: usize = 8;

graded::tests! {
    /// However many threads race on a fresh `Once`, the function runs once and
    /// every caller returns after it has run (it sees its write).
    fn many_threads_run_the_function_once_and_all_see_it() {
        for _ in 0..200 {
            let once = Once::new();
            let runs = AtomicUsize::new(0);
            let value = AtomicUsize::new(0);
            let start = Barrier::new(THREADS);
            thread::scope(|scope| {
                for _ in 0..THREADS {
                    scope.spawn(|| {
                        start.wait();
                        once.call_once(|| {
                            runs.fetch_add(1, Ordering::Relaxed);
                            value.store(42, Ordering::Relaxed);
                        });
                        assert_eq!(value.load(Ordering::Relaxed), 42);
                    });
                }
            });
            assert_eq!(runs.load(Ordering::Relaxed), 1);
            assert!(once.is_done());
        }
    }

    /// A fresh `Once` is not done, and `Default` gives a fresh one.
    fn a_fresh_once_is_not_done() {
        assert!(!Once::new().is_done());
        assert!(!Once::default().is_done());
    }
}
