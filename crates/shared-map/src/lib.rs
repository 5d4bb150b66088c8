//! Go's maps under concurrency, and `sync.Map`, ported to Rust.
//!
//! | Go                                         | Rust                                                    |
//! |--------------------------------------------|---------------------------------------------------------|
//! | `map[K]V` written by two goroutines        | does not compile ([`pitfalls`]); Go crashes at run time |
//! | `map` + `sync.Mutex`                       | `Mutex<HashMap<K, V>>`: the map lives *inside* the lock  |
//! | `map` + `sync.RWMutex`                     | `RwLock<HashMap<K, V>>`                                 |
//! | shards of `map` + `RWMutex`                | [`sharded::ShardedMap`]                                 |
//! | `sync.Map` (`Load`, `Store`, `LoadOrStore`, `Range`) | `dashmap::DashMap` (`get`, `insert`, `entry()` matched as `Occupied`/`Vacant` ([`dash::load_or_store`]), `iter`) |
//!
//! # Which one should I use
//!
//! | | wins when | watch out for |
//! |---|---|---|
//! | `Mutex<HashMap>` | few threads, short critical sections, writes common; the default | one lock for everything: contention grows with threads |
//! | `RwLock<HashMap>` | reads far outnumber writes and reads take a while | std's `RwLock` costs more per call than a `Mutex`; writers can wait long |
//! | sharded by hand | many threads writing different keys; you want no dependency | `len` and iteration are not snapshots |
//! | `DashMap` | many threads, many keys, reads and writes mixed | a `Ref` held across an insert into its shard deadlocks ([`dash`]) |
//! | `tokio::sync::Mutex<HashMap>` | the lock must be held across `.await` | slower; prefer a std lock dropped before the await |
//!
//! `examples/shared_map_bench.rs` times the four on this machine.
//!
//! # Modules
//!
//! - [`sharded`]: a sharded map built from `RwLock<HashMap>`s.
//! - [`dash`]: `DashMap`'s deadlock, its fix, and a bounded wait to catch it.
//! - [`pitfalls`]: what does not compile, and why that is good.

pub mod dash;
pub mod pitfalls;
pub mod sharded;
