//! Go's escape analysis beside Rust's ownership.
//!
//! Go decides for you where a value lives: the compiler's escape analysis
//! keeps a variable on the goroutine's stack when it can prove that nothing
//! refers to it after the function returns, and moves it to the heap
//! otherwise (`go build -gcflags=-m` prints its decisions). Rust decides by
//! what you write: a value lives where its owner is, on the stack, until
//! you ask for the heap with `Box`, `Vec`, `String` or `Rc`; and a reference
//! may not outlive what it points to, so the question "does it escape?"
//! becomes a compile error instead of a heap allocation.
//!
//! [`shapes`] ports the Go functions that `go/escape_gcflags` analyses;
//! the tests count their allocations with the course's counting allocator.

pub mod shapes;
