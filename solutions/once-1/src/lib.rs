//! Go 1.21's `sync.OnceValue`, in Rust: a value computed by the first caller,
//! shared by every caller after it.
//!
//! In Go, `get := sync.OnceValue(f)` returns a function that calls `f` once and
//! returns its result every time; if `f` panics, every call panics again.

use std::sync::LazyLock;

/// A value computed on first use by `init`, once, whoever asks first.
///
/// If `init` panics, that call panics and so does every later [`get`](Self::get),
/// as with Go's `OnceValue`.
pub struct OnceValue<T, F = fn() -> T> {
    lazy: LazyLock<T, F>,
}

impl<T, F: FnOnce() -> T> OnceValue<T, F> {
    /// A value that `init` will compute when it is first asked for, not before.
    pub fn new(init: F) -> Self {
        Self {
            lazy: LazyLock::new(init),
        }
    }

    /// The value: computed by this call if it is the first, otherwise the one
    /// computed before (waiting if another thread is computing it now).
    pub fn get(&self) -> &T {
        LazyLock::force(&self.lazy)
    }
}
