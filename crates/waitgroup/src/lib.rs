//! Go's concurrency control in Rust: `sync.WaitGroup`, `context` and
//! `errgroup`.
//!
//! Go waits for goroutines with a `sync.WaitGroup` and stops them with a
//! `context.Context`; `errgroup` joins the two (wait for all, cancel the rest
//! on the first error). Rust splits the same jobs between a few tools:
//!
//! - [`scoped`]: `std::thread::scope` is a WaitGroup the compiler checks: every
//!   thread is joined before the scope returns, so threads may borrow.
//! - [`latch`]: crossbeam's `WaitGroup`, the closest thing to Go's.
//! - [`group`]: an errgroup over tokio's `JoinSet` and tokio-util's
//!   `CancellationToken`: the first error cancels the others, and dropping the
//!   group aborts every task (Go can only ask goroutines to stop).
//! - [`context`]: `CancellationToken` (child tokens, `drop_guard`,
//!   `run_until_cancelled`), `tokio::time::timeout` and `TaskTracker`, as
//!   Go's `WithCancel`, `WithTimeout` and `WaitGroup` for tasks.

pub mod context;
pub mod group;
pub mod latch;
pub mod scoped;
