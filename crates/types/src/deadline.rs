//! A newtype around a foreign type, to give it a foreign trait: the way
//! around the orphan rule.
//!
//! `std::time::Duration` and `std::fmt::Display` both belong to the standard
//! library, so this crate may not write `impl Display for Duration` (error
//! E0117). It may implement any trait for a type of its own, so it wraps the
//! `Duration` in one.

use std::fmt;
use std::time::Duration;

// ANCHOR: deadline
/// Go's `type Deadline time.Duration` with a
/// `String` method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline(pub Duration);

impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "in {:?}", self.0)
    }
}
// ANCHOR_END: deadline

// ANCHOR: timeout
/// Go's `type Timeout time.Duration`. It derives
/// nothing and has no methods: none of
/// `Duration`'s methods come with it.
pub struct Timeout(pub Duration);
// ANCHOR_END: timeout
