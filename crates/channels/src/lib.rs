//! Go's channels, ported to Rust.
//!
//! Go has one channel type built into the language; Rust has none, and several
//! libraries instead. This crate shows each of Go's channel semantics with
//! them, in `examples/` (one program per Go program in `go/`), and builds a
//! Go-style channel by hand in [`gochan`], checked with loom.
//!
//! | Go                        | Rust                                                        |
//! |---------------------------|-------------------------------------------------------------|
//! | `make(chan T)`            | a rendezvous: `std::sync::mpsc::sync_channel(0)`, `crossbeam_channel::bounded(0)` |
//! | `make(chan T, n)`         | `sync_channel(n)`, `bounded(n)`, `tokio::sync::mpsc::channel(n)` |
//! | `close(ch)`               | drop every `Sender` (or an explicit `close()` where there is one) |
//! | `for v := range ch`       | `for v in rx` / `while let Some(v) = rx.recv().await`       |
//! | `v, ok := <-ch`           | `rx.recv()`: `Ok(v)` / `Err(RecvError)`, or `Some` / `None` |
//! | send on a closed channel  | a panic in Go; `Err(SendError(v))` in Rust, the value handed back |
//! | `chan<- T`, `<-chan T`    | the two types `Sender<T>` and `Receiver<T>`                 |
//! | a nil channel             | `Option<Receiver<T>>`, or `crossbeam_channel::never()` in `select!` |
//! | `len(ch)`, `cap(ch)`      | `len()` and `capacity()` where the library has them         |
//!
//! # Which one should I use
//!
//! Which of Go's channel semantics each one has:
//!
//! | | rendezvous (capacity 0) | close from either side | sync / async | select | len / cap | MPMC |
//! |---|---|---|---|---|---|---|
//! | Go `chan T` | yes | no: only a sender may `close` | goroutines | `select` | `len`, `cap` | yes |
//! | [`std::sync::mpsc`] | yes: `sync_channel(0)` | by drop: all senders, or the receiver | sync | no | no | no (one receiver) |
//! | [`crossbeam_channel`] | yes: `bounded(0)` | by drop, either side | sync | `select!`, with `never()`, `after()`, `tick()` | `len()`, `capacity()` | yes |
//! | [`flume`] | yes: `bounded(0)` | by drop, either side | both, on one channel: `send` / `recv_async` | `Selector` (feature `select`) | `len()`, `capacity()` | yes |
//! | [`async_channel`] | no: `bounded(0)` panics | `close()` on either end, or drop | async, and `send_blocking` / `recv_blocking` | with `futures` or `tokio::select!` | `len()`, `capacity()` | yes |
//! | [`tokio::sync::mpsc`] | no: `channel(0)` panics | drop the senders; `Receiver::close()` | async, and `blocking_send` / `blocking_recv` | `tokio::select!` | `len()`, `max_capacity()` | no (one receiver) |
//! | [`gochan`] (this crate) | yes: `channel(0)` | `Sender::close()`, or drop; no receivers fails sends | sync | no | `len()`, `cap()` | yes |
//!
//! - Threads, and you want Go: **crossbeam-channel** (rendezvous, `select!`,
//!   `len`/`cap`, many receivers).
//! - Threads, no dependency, one consumer: **std `mpsc`**; remember that
//!   `mpsc::channel()` is *unbounded*, not Go's unbuffered channel.
//! - Inside tokio: **tokio `mpsc`** (one consumer) with `tokio::select!`.
//! - Async with many consumers, or no tokio: **async-channel**.
//! - One channel between sync threads and async tasks: **flume**.
//!
//! # Modules
//!
//! - [`gochan`]: Go's channel built from a `Mutex` and two `Condvar`s.
//! - [`flavors`]: the same relay, written with each library above.
//! - [`pitfalls`]: what goes wrong, and the fixes: unbounded growth, a
//!   `std::sync::MutexGuard` held across `.await`.

pub mod gochan;
mod sync;

#[cfg(not(loom))]
pub mod flavors;
#[cfg(not(loom))]
pub mod pitfalls;
