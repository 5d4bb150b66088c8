//! The primitives [`goonce`](crate::goonce) is built from.
//!
//! A normal build uses `std::sync`; a build with `RUSTFLAGS="--cfg loom"` uses
//! loom's drop-in replacements, so that loom can run the hand-built `Once`
//! under every interleaving of its threads (`tests/loom_once.rs`).

#[cfg(loom)]
pub(crate) use loom::sync::Mutex;
#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicBool, Ordering};

#[cfg(not(loom))]
pub(crate) use std::sync::Mutex;
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicBool, Ordering};
