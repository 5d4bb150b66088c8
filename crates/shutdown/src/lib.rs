//! Stopping concurrent work without losing any: Go's quit channels, context
//! cancellation and signal handling, in Rust.
//!
//! - [`drain`]: a worker pool that, told to stop, closes its queue (new jobs
//!   are refused, so their senders know) and finishes every job it accepted.
//! - [`server`]: a TCP job server on loopback that, on shutdown, stops
//!   accepting, lets in-flight jobs finish within a deadline, and reports any
//!   job the deadline cut short: every accepted job is completed or reported.
//! - [`signals`]: the double-signal pattern: the first signal starts the
//!   graceful shutdown, the second returns so the program can exit at once.
//! - The `jobserver` binary runs the server until SIGTERM or SIGINT; the
//!   crate's tests send it a real SIGTERM.
//!
//! The tools: tokio-util's `CancellationToken` (the quit channel / `ctx`)
//! and `TaskTracker` (the WaitGroup), `tokio::signal` (`signal.Notify`) and
//! `tokio::time::timeout` (the deadline).

pub mod drain;
pub mod server;
pub mod signals;
