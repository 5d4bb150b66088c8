//! What goes wrong with shared maps, and the fixes.
//!
//! - **Unguarded writes.** Go compiles four goroutines writing one map and
//!   the runtime kills the program ("fatal error: concurrent map writes"),
//!   when it happens to notice. Rust does not compile it (E0499: `counts` is
//!   borrowed mutably by more than one thread):
//!
#![doc = "```compile_fail,E0499"]
#![doc = include_str!("../compile_fail/unguarded_writes.rs")]
#![doc = "```"]
//!
//! - **A `std::sync::MutexGuard` held across `.await`.** The future is not
//!   `Send`, so `tokio::spawn` rejects it; the fix, [`cached`], looks up and
//!   inserts under short locks and awaits with no guard alive:
//!
#![doc = "```compile_fail"]
#![doc = include_str!("../compile_fail/guard_across_await.rs")]
#![doc = "```"]

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

async fn fetch(key: &str) -> u64 {
    key.len() as u64
}

/// The value for `key` from `cache`, fetched (and cached) if it is missing.
///
/// ```
/// # tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(async {
/// let cache = std::sync::Arc::default();
/// let task = tokio::spawn(shared_map::pitfalls::cached(cache, "answer".to_owned()));
/// assert_eq!(task.await.unwrap(), 6);
/// # });
/// ```
pub async fn cached(cache: Arc<Mutex<HashMap<String, u64>>>, key: String) -> u64 {
    // ANCHOR: guard_dropped
    if let Some(value) = cache.lock().unwrap().get(&key) {
        return *value;
    } // the guard is dropped at the end of the `if let`
    let value = fetch(&key).await; // no guard alive across the await
    *cache.lock().unwrap().entry(key).or_insert(value)
    // ANCHOR_END: guard_dropped
}
