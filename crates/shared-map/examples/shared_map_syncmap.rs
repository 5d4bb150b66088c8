//! `sync.Map` becomes `DashMap`: typed, sharded, with the entry API. The
//! port of `go/shared_map_syncmap/main.go`.

use dashmap::DashMap;
use std::thread;

fn main() {
    // ANCHOR: main
    let sessions: DashMap<String, u32> = DashMap::new(); // typed: no assertions
    thread::scope(|scope| {
        for id in 1..=4 {
            let sessions = &sessions;
            scope.spawn(move || sessions.insert(format!("user{id}"), id * 100));
        }
    });

    let value = sessions.get("user2").map(|v| *v); // copy out: drop the `Ref` now
    println!("load user2: {} {}", value.unwrap_or(0), value.is_some());
    // One atomic step, like LoadOrStore: `entry` locks the shard (see `load_or_store`).
    let (actual, loaded) = shared_map::dash::load_or_store(&sessions, "user2".to_owned(), 999);
    println!("load-or-store user2: {actual} {loaded}");
    sessions.remove("user4");

    let mut keys: Vec<String> = sessions
        .iter()
        .map(|e| format!("{}={}", e.key(), e.value()))
        .collect();
    keys.sort();
    println!("[{}]", keys.join(" "));
    // ANCHOR_END: main
}
