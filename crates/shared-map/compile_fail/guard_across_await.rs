// compile_fail: future cannot be sent between threads safely
// This file must NOT compile: a `compile_fail` doctest of
// `shared_map::pitfalls` (src/pitfalls.rs), shown in the book.
//
//   error: future cannot be sent between threads safely
//   note: future is not `Send` as this value is used across an await

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

async fn fetch(key: &str) -> u64 {
    key.len() as u64
}

// ANCHOR: guard_held
async fn cached(cache: Arc<Mutex<HashMap<String, u64>>>, key: String) -> u64 {
    let mut map = cache.lock().unwrap();
    if let Some(value) = map.get(&key) {
        return *value;
    }
    let value = fetch(&key).await; // `map` (a std MutexGuard) is held across this await
    map.insert(key, value);
    value
}

fn start(cache: Arc<Mutex<HashMap<String, u64>>>) {
    tokio::spawn(cached(cache, "answer".to_owned())); // error: the future is not `Send`
}
// ANCHOR_END: guard_held

fn main() {
    start(Arc::default());
}
