//! Go's code-quality tools, and what Rust has in their place: the compiler
//! itself, its lints, clippy, rustfmt.
//!
//! `go vet` finds code that compiles but is almost surely wrong: a `Printf`
//! whose verbs do not match its arguments, a `sync.Mutex` copied by a value
//! receiver. golangci-lint runs many such linters at once, with a
//! configuration file. In Rust the first kind of bug is a compile error
//! (`format!` checks its arguments, a `Mutex` cannot be copied), rustc has
//! lints of its own with levels (`allow`, `warn`, `deny`, `forbid`), and
//! clippy adds several hundred more, sorted into groups, set per crate in
//! `Cargo.toml`'s `[lints]` or in the code with attributes.
//!
//! | Go                              | Rust                                                  |
//! |---------------------------------|-------------------------------------------------------|
//! | `go vet ./...`                  | `cargo check` (rustc's lints), `cargo clippy`         |
//! | golangci-lint                   | `cargo clippy`, its groups and `[lints.clippy]`        |
//! | `//nolint:errcheck`             | `#[allow(unused_must_use)]`, `#[expect(...)]`          |
//! | `.golangci.yml`                 | `[lints]` / `[workspace.lints]` in `Cargo.toml`, `clippy.toml` |
//! | `gofmt -l .`, `gofmt -w .`      | `cargo fmt --check`, `cargo fmt`                      |
//! | `govulncheck`                   | `cargo audit` (RustSec advisories), `cargo deny`       |
//!
//! # Modules
//!
//! - [`counter`]: the counter Go's `copylocks` check is about, with its
//!   lock where it cannot be copied.
//! - [`clippy`]: runs clippy on one file and reads what it found, for the
//!   examples that show it.
//! - [`manifest`]: the lint tables of a `Cargo.toml`, for the example that
//!   shows the workspace's.

pub mod clippy;
pub mod counter;
pub mod manifest;
