//! `panic!` and `catch_unwind`: Go's `panic` and `recover`.
//!
//! A Rust panic, like a Go panic, unwinds the thread's stack: every value
//! on it is dropped (where Go runs deferred calls), and unless something
//! stops it, the thread ends. [`std::panic::catch_unwind`] stops it, as a
//! deferred `recover()` does in Go, and returns the panic's payload as an
//! `Err`.
//!
//! Neither is error handling. Go's own guidance is that a package should
//! not let a panic escape its API, and Rust's documentation says
//! `catch_unwind` is not meant as a general try/catch: it is for the edges
//! of a program (a thread pool that must survive a task's bug, a call
//! across an FFI boundary, a test harness). Moreover a panic may not
//! unwind at all: a program built with `panic = "abort"` stops on the
//! spot, and `catch_unwind` never returns.
//!
//! ```
//! use builtin::recover::{pop, safely};
//!
//! let result = safely(|| {
//!     let mut stack = vec![7];
//!     pop(&mut stack);
//!     pop(&mut stack); // the stack is empty: this panics
//! });
//! assert_eq!(result, Err("recovered: pop from an empty stack".to_owned()));
//! ```

use std::any::Any;
use std::panic::{self, UnwindSafe};

// ANCHOR: pop
/// Takes the top value off `stack`.
///
/// # Panics
///
/// If the stack is empty: calling it on an empty stack is a bug in the
/// caller, as in Go's `pop`. Code that cannot know should call
/// `Vec::pop`, which returns an `Option`.
pub fn pop(stack: &mut Vec<i32>) -> i32 {
    match stack.pop() {
        Some(top) => top,
        None => panic!("pop from an empty stack"),
    }
}
// ANCHOR_END: pop

// ANCHOR: safely
/// Runs `f`, and turns a panic in it into an `Err` with the panic's
/// message: Go's `defer func() { if r := recover(); r != nil { … } }()`.
///
/// The default panic hook still prints the panic to stderr before the
/// unwinding starts; `std::panic::set_hook` can replace it.
pub fn safely<F>(f: F) -> Result<(), String>
where
    F: FnOnce() + UnwindSafe,
{
    panic::catch_unwind(f).map_err(|payload| format!("recovered: {}", panic_message(&*payload)))
}
// ANCHOR_END: safely

// ANCHOR: panic_message
/// The message of a panic's payload. `panic!("literal")` carries a
/// `&'static str`, `panic!("{x}")` a formatted `String`; anything else
/// (`std::panic::panic_any(42)`) has no message to show.
pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_owned()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "a panic without a message".to_owned()
    }
}
// ANCHOR_END: panic_message
