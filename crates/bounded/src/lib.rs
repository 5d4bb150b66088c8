//! Limiting concurrency: Go's buffered-channel semaphore, worker pools,
//! `x/sync/semaphore` and `errgroup.SetLimit`, in Rust.
//!
//! - [`gauge`]: counts work in flight and remembers the most seen at once:
//!   how the tests prove a limit holds.
//! - [`chan_semaphore`]: Go's `sem := make(chan struct{}, n)` with std's
//!   `sync_channel`, for threads.
//! - [`limited`]: tokio's `Semaphore` with owned permits moved into tasks, and
//!   the same limit from a `JoinSet` that never holds more than `n` tasks.
//! - [`pool`]: a fixed pool of worker threads over a crossbeam channel.
//! - [`rate`]: a rate limiter (so many starts per period), which is not a
//!   concurrency limit.

pub mod chan_semaphore;
pub mod gauge;
pub mod limited;
pub mod pool;
pub mod rate;
