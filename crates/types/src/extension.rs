//! A trait of this crate implemented for a foreign type: allowed, and
//! something Go cannot do (Go methods go only on types of their own
//! package).

use std::time::Duration;

// ANCHOR: halve
/// Halving, for any type that implements it.
pub trait Halve {
    /// Half of `self`.
    fn half(self) -> Self;
}

/// `Duration` is the standard library's, but `Halve` is this crate's, so
/// the orphan rule allows the impl. Go's
/// `func (d time.Duration) Half()` is refused: "cannot define new methods
/// on non-local type".
impl Halve for Duration {
    fn half(self) -> Self {
        self / 2
    }
}
// ANCHOR_END: halve
