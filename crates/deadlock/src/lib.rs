//! Deadlocks, and how Rust programs avoid, bound and detect them.
//!
//! Go's runtime notices one kind of deadlock: when *every* goroutine is
//! blocked it stops the program with `fatal error: all goroutines are asleep -
//! deadlock!`. Rust's runtime says nothing, ever: a blocked thread is just a
//! thread that waits. So Rust code prevents deadlocks by construction and
//! bounds its waits:
//!
//! - [`ordering`]: take locks in one global order, so no cycle can form.
//! - [`bounded`]: `try_lock` and waits with time limits, that fail instead of
//!   hanging.
//! - [`detector`]: a small wait-for-graph detector over named locks, which
//!   names the threads in a cycle at the moment it closes.

pub mod bounded;
pub mod detector;
pub mod ordering;
