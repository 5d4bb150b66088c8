//! Go's test seams, and Rust's: how a test replaces the clock (or the
//! network, or the random numbers) that the code under test calls.
//!
//! Go code often calls `time.Now` through a package-level variable,
//! `var timeNow = time.Now`, so that a `_test.go` file can assign a fake to
//! it and put the real one back afterwards. The seam is global state: every
//! test of the package shares it, tests that swap it cannot use
//! `t.Parallel()`, and a test that forgets to restore it leaves its fake
//! for the tests after it. Rust can do the same with a `static` (see
//! [`global`]) and has the same problems; the usual Rust seams are local:
//!
//! | Go                                         | Rust                                                  |
//! |--------------------------------------------|-------------------------------------------------------|
//! | `var timeNow = time.Now`, swapped in tests | a trait the code is generic over ([`clock::Clock`])   |
//! | an interface field in a struct             | a generic field, or `Box<dyn Trait>`                  |
//! | a `func() time.Time` parameter             | an `impl Fn() -> SystemTime` parameter ([`clock::greeting_at`]) |
//! | a `_test.go` file's own helper             | `#[cfg(test)]` code, compiled only into the tests ([`cfg_test`]) |
//! | a hand-written fake, gomock / mockery      | a hand-written fake, `mockall`'s `#[automock]`        |
//!
//! # Modules
//!
//! - [`clock`]: a `Clock` trait, the system clock, a fixed one, and a
//!   greeting that depends on the time of day.
//! - [`global`]: Go's package-level variable ported as it is, a `static`
//!   holding a function, with the same pitfalls.
//! - [`cfg_test`]: a seam that exists only in test builds.
//! - [`fetch`]: an HTTP-like dependency behind a trait, the shape of the
//!   exercise, with the hand-written fake a test gives it.

pub mod cfg_test;
pub mod clock;
pub mod fetch;
pub mod global;
