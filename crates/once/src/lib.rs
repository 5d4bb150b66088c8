//! Go's `sync.Once`, ported to Rust.
//!
//! | Go                                   | Rust                                                   |
//! |--------------------------------------|--------------------------------------------------------|
//! | `var once sync.Once; once.Do(f)`     | [`std::sync::Once`]: `ONCE.call_once(f)`               |
//! | `once.Do` guarding a package variable | [`std::sync::OnceLock<T>`]: `CELL.get_or_init(f)`      |
//! | `sync.OnceValue(f)` (Go 1.21)        | [`std::sync::LazyLock<T>`]: `static V: LazyLock<T> = LazyLock::new(f)` |
//! | `sync.OnceFunc(f)` (Go 1.21)         | a `Once` (or `LazyLock<()>`) next to the function      |
//!
//! Go 1.19, the version this course's Go code targets, has only `sync.Once`;
//! `OnceFunc`, `OnceValue` and `OnceValues` arrived in Go 1.21.
//!
//! # When the initializer panics
//!
//! | | after a panic in the initializer | the next call |
//! |---|---|---|
//! | Go `sync.Once` | marked done (`defer atomic.StoreUint32(&o.done, 1)`) | returns at once; `f` never runs again, the value stays zero |
//! | Go `sync.OnceValue` (1.21) | remembers the panic | panics again, with the same value |
//! | [`std::sync::Once`] | poisoned | `call_once` panics; `call_once_force` may run again |
//! | [`std::sync::OnceLock`] | still empty | `get_or_init` runs the initializer again |
//! | [`std::sync::LazyLock`] | poisoned | every access panics |
//! | [`goonce::Once`] (this crate) | marked done, as in Go | returns at once |
//!
//! `tests/panics.rs` checks each row.
//!
//! # Modules
//!
//! - [`goonce`]: Go's `Once` built from an atomic flag and a mutex, checked
//!   with loom (`tests/loom_once.rs`).

pub mod goonce;
mod sync;
