//! Go's garbage collector beside Rust's ownership.
//!
//! Go frees memory with a concurrent, tri-colour mark-and-sweep collector:
//! [`marking`] shows its marking on a small object graph, one grey object
//! at a time. Rust has no collector: a value is freed when its owner goes
//! out of scope, and shared ownership is counted ([`std::rc::Rc`]).
//! [`rc_cycle`] shows the one thing counting cannot free, a cycle, and the
//! [`std::rc::Weak`] link that breaks it.

pub mod marking;
pub mod rc_cycle;
