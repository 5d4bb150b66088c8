//! Go's `sync.Cond`, ported to Rust, and the primitives built on it.
//!
//! | Go                                  | Rust                                                        |
//! |-------------------------------------|-------------------------------------------------------------|
//! | `c := sync.NewCond(&mu)`            | a `Mutex<T>` holding the state and a [`std::sync::Condvar`] |
//! | `for !cond() { c.Wait() }`          | `guard = cv.wait_while(guard, \|s\| !cond(s))` (or the loop with `cv.wait`) |
//! | `c.Signal()`                        | `cv.notify_one()`                                           |
//! | `c.Broadcast()`                     | `cv.notify_all()`                                           |
//! | (async)                             | [`tokio::sync::Notify`]: `notify_one` (keeps a permit), `notify_waiters` |
//!
//! Two differences matter. Go's `Cond` takes any `Locker` and the state lives
//! beside it; in Rust the state lives *inside* the `Mutex`, and `wait` takes the
//! guard and gives it back, so the state cannot be read without the lock.
//! And both wake-ups are hints: a `Condvar` may wake spuriously, and another
//! thread may get the lock first, so the condition is checked again after every
//! wait: `while` (or `wait_while`), never `if`.
//!
//! # Which one should I use
//!
//! | need | use |
//! |---|---|
//! | wait for all of `n` tasks | [`std::thread::scope`] (joins), or a [`waitgroup::WaitGroup`] when the count is dynamic |
//! | at most `n` at a time | a semaphore: [`semaphore::Semaphore`], or tokio's in async code |
//! | a queue between threads | a channel (crossbeam, std `sync_channel`); [`queue::BoundedQueue`] shows how one works |
//! | `n` threads meet, repeatedly | [`std::sync::Barrier`] ([`barrier::Barrier`] shows how) |
//! | wait for a state change in async code | [`tokio::sync::Notify`], or a `watch` channel |
//! | anything else on shared state | `Mutex` + `Condvar` + `wait_while` |
//!
//! # Modules
//!
//! Each is built from a `Mutex` and a `Condvar` (through a shim that loom
//! replaces under `--cfg loom`; models in `tests/loom_cond.rs`):
//! [`queue`], [`barrier`], [`waitgroup`], [`semaphore`]. [`notify`] shows
//! tokio's `Notify`.

pub mod barrier;
pub mod queue;
pub mod semaphore;
mod sync;
pub mod waitgroup;

#[cfg(not(loom))]
pub mod notify;
