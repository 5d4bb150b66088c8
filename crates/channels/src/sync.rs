//! The synchronisation primitives [`gochan`](crate::gochan) is built from.
//!
//! A normal build uses `std::sync`. A build with `RUSTFLAGS="--cfg loom"`
//! uses loom's drop-in replacements instead, so that loom can run the channel
//! under every interleaving of its threads (see `tests/loom_gochan.rs`). The
//! channel takes every primitive from here, never from `std::sync` (only
//! `PoisonError`, which loom reuses): that one switch is all it takes to put
//! it under the model checker.

// ANCHOR: shim
#[cfg(loom)]
pub(crate) use loom::sync::{Arc, Condvar, Mutex, MutexGuard};

#[cfg(not(loom))]
pub(crate) use std::sync::{Arc, Condvar, Mutex, MutexGuard};
// ANCHOR_END: shim
