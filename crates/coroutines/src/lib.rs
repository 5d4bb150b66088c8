//! Processes, threads and coroutines: Python's asyncio and Go's goroutines,
//! ported to Rust's processes, threads and tokio tasks.
//!
//! - [`costs`]: what starting a process, a thread and a task costs here.
//! - [`colouring`]: a blocking call on a one-thread runtime stalls every
//!   task; `.await` and `spawn_blocking` do not.
//! - [`states`]: a future's life (Pending, Running, Done, Cancelled),
//!   recorded by a hand-written future.
//! - [`http`]: the note's asyncio crawler, against a local HTTP/1.0 server.
//!
//! The chapter is `book/src/coroutines.md`; the Go and Python originals are
//! in `go/` and `python/`.

pub mod colouring;
pub mod costs;
pub mod http;
pub mod states;
