//! Go's zero values, as Rust's [`Default`].
//!
//! `#[derive(Default)]` gives a struct the value whose every field is its
//! own type's default: 0, `false`, an empty `String`, an empty `Vec`. For
//! such a struct that is exactly Go's zero value. The difference is that
//! Rust asks for it by name (`Options::default()`), and a type may write
//! its own `impl Default` when its zero is not a sensible default.
//!
//! ```
//! use make_new_nil::zero::Options;
//!
//! // Go: var o Options
//! let o = Options::default();
//! assert_eq!((o.name.as_str(), o.retries, o.verbose), ("", 0, false));
//!
//! // Go: Options{Name: "api", Retries: 3}
//! let api = Options {
//!     name: "api".to_owned(),
//!     retries: 3,
//!     ..Default::default()
//! };
//! assert!(api.tags.is_empty());
//! ```

// ANCHOR: options
/// The options of a client. Every field's default is its Go zero value,
/// so `Options::default()` is Go's `var o Options`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub name: String,
    pub retries: u32,
    pub verbose: bool,
    pub tags: Vec<String>,
}
// ANCHOR_END: options

// ANCHOR: timeouts
/// How long a client waits, in milliseconds. Zero would mean "give up at
/// once", so the default is written by hand rather than derived: what Go
/// does with a `NewTimeouts()` constructor that callers must remember.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    pub connect_ms: u64,
    pub read_ms: u64,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            connect_ms: 1_000,
            read_ms: 5_000,
        }
    }
}
// ANCHOR_END: timeouts
