//! Go's builtins and its error handling, ported to Rust.
//!
//! Go's builtin functions (`len`, `cap`, `append`, `copy`, `delete`) are
//! methods in Rust, on the type they work on. Go's `panic` and `recover`
//! are `panic!` and [`std::panic::catch_unwind`], and in both languages
//! they are for bugs, not for errors a caller should handle. Go's
//! `(T, error)` results are Rust's `Result<T, E>`, its
//! `if err != nil { return err }` is `?`, and its wrapped errors
//! (`fmt.Errorf("…: %w", err)`) are error types whose
//! [`source`](std::error::Error::source) is the error they wrap.
//!
//! | Go                          | Rust                                              |
//! |-----------------------------|---------------------------------------------------|
//! | `len(s)`, `cap(s)`          | `s.len()`, `v.capacity()`                         |
//! | `s = append(s, x)`          | `v.push(x)`                                       |
//! | `s = append(s, t...)`       | `v.extend_from_slice(&t)`                         |
//! | `n := copy(dst, src)`       | `dst.copy_from_slice(src)` (equal lengths only)   |
//! | `delete(m, k)`              | `m.remove(&k)` (returns the removed value)        |
//! | `panic(v)`                  | `panic!("…")`                                     |
//! | `recover()` in a `defer`    | `std::panic::catch_unwind(…)`                     |
//! | `println(…)` (to stderr)    | `eprintln!(…)`                                    |
//! | `(T, error)`                | `Result<T, E>`                                    |
//! | `if err != nil { return err }` | `?`                                            |
//! | `fmt.Errorf("…: %w", err)`  | an error type whose `source()` is `err`           |
//! | `errors.Is`, `errors.As`    | `matches!` on the enum; `downcast_ref` on the chain |
//!
//! # Modules
//!
//! - [`recover`]: `panic!` and `catch_unwind`, Go's `panic` and `recover`.
//! - [`errors`]: an error enum with a source chain, Go's `%w`, `errors.Is`
//!   and `errors.As`.
//! - [`go_fmt`]: Go's `fmt.Println` formats, for the examples.
//!
//! # What Rust refuses
//!
//! Each file is checked *not* to compile, with the error code on its first
//! line.
//!
//! A closure that borrows the caller's data mutably, given to
//! `catch_unwind` (E0277): it is not `UnwindSafe`.
//!
#![doc = "```compile_fail,E0277"]
#![doc = include_str!("../compile_fail/catch_unwind_borrows_mutably.rs")]
#![doc = "```"]
//!
//! A `?` in a function that returns nothing (E0277): there is no caller's
//! `error` to return it as.
//!
#![doc = "```compile_fail,E0277"]
#![doc = include_str!("../compile_fail/question_mark_in_unit_fn.rs")]
#![doc = "```"]
//!
//! A `Result` used as the value it may hold (E0308): Go's `port, _ :=`.
//!
#![doc = "```compile_fail,E0308"]
#![doc = include_str!("../compile_fail/result_as_value.rs")]
#![doc = "```"]

pub mod errors;
pub mod go_fmt;
pub mod recover;
