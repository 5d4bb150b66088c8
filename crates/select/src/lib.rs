//! Go's `for { select { ... } }`, and the patterns built on it, in Rust.
//!
//! | Go | Rust |
//! |---|---|
//! | `select` over channels, goroutines | [`crossbeam_channel::select!`] on threads, [`tokio::select!`] in tasks |
//! | `select` over a number of channels known at run time (`reflect.Select`) | [`crossbeam_channel::Select`], [`flume::Selector`] |
//! | `default:` | `default =>` (crossbeam), `try_recv`, or `biased;` with a ready branch last (tokio) |
//! | `case <-time.After(d):` | `default(d) =>` (crossbeam), a pinned [`tokio::time::sleep`], [`tokio::time::timeout`] |
//! | `time.NewTicker(d)` | [`crossbeam_channel::tick`], [`tokio::time::interval`] with a [`tokio::time::MissedTickBehavior`] |
//! | a nil channel switches a case off | [`crossbeam_channel::never`]; `, if cond` in `tokio::select!` |
//! | `break` out of `for`-`select` needs a label | `break` leaves the loop: `select!` is not a loop |
//! | random choice among ready cases | crossbeam: random; tokio: random, or in order with `biased;` |
//! | `done` channel, `context.Context` | a `done` receiver closed by dropping its sender; dropping a future or aborting a task |
//!
//! # Modules
//!
//! - [`threads`]: crossbeam's `select!` and `Select`, flume's `Selector`.
//! - [`tasks`]: `tokio::select!`: deadlines, `biased;`, `, if`, `else`,
//!   cancel safety.
//! - [`ticker`]: Go's ticker against tokio's missed-tick behaviours.
//! - [`pipeline`]: generator, stages, fan-out, fan-in, or-done, tee, bridge,
//!   on threads.
//! - [`concurrent`]: bounded parallelism, first response wins, heartbeat,
//!   rate limiting, on tasks.

pub mod concurrent;
pub mod pipeline;
pub mod tasks;
pub mod threads;
pub mod ticker;
