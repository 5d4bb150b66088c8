//! The primitives the hand-built types are made of.
//!
//! A normal build uses `std::sync`; a build with `RUSTFLAGS="--cfg loom"` uses
//! loom's drop-in replacements, so that loom can run them under every
//! interleaving of their threads (`tests/loom_cond.rs`). Loom's `Condvar` has
//! no `wait_while`, so the types here write the `while` loop out, which is
//! the point of them anyway.

#[cfg(loom)]
pub(crate) use loom::sync::{Condvar, Mutex, MutexGuard};

#[cfg(not(loom))]
pub(crate) use std::sync::{Condvar, Mutex, MutexGuard};
