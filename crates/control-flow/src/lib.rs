//! Go's `switch`, `fallthrough`, labels, `goto` and `for`, ported to Rust.
//!
//! A Go `switch` runs the first case that matches and stops; `fallthrough`
//! runs the next case's body without testing it; `break` inside a `switch`
//! or a `select` leaves only that statement, and `break Label` or
//! `continue Label` reaches an outer loop. Rust's `match` runs the first
//! arm that matches too, but must cover every value and is an expression;
//! Rust has no `fallthrough` and no `goto`; its labels (`'outer:`) name
//! loops and blocks, and `loop` and labelled blocks can end with a value.
//!
//! | Go                                   | Rust                                      |
//! |--------------------------------------|-------------------------------------------|
//! | `switch x { case 1, 2: ... }`        | `match x { 1 \| 2 => ..., _ => ... }`      |
//! | `switch { case x > 0: ... }`         | `match x { x if x > 0 => ... }`, or `1..` |
//! | `default:`                           | `_ =>`                                    |
//! | `fallthrough`                        | none: cumulative `if`s, or a call         |
//! | `break Label`, `continue Label`      | `break 'label`, `continue 'label`         |
//! | `goto`                               | none: a `loop`                            |
//! | `for { }`, `for c { }`, `for i := 0; i < n; i++` | `loop`, `while c`, `for i in 0..n` |
//!
//! # Modules
//!
//! - [`switch`]: `match` for Go's expression and tagless switches.
//! - [`fallthrough`]: what Go's `fallthrough` is for, written without it.
//! - [`labels`]: labelled loops and blocks, and `break` inside a `match`.
//! - [`loops`]: Go's `for` forms, and loops that return a value.
//! - [`print`](mod@print): Go's `fmt.Println` format of a slice, for the
//!   examples.
//!
//! # What the compiler refuses
//!
//! Each of these is checked *not* to compile. Stable rustdoc ignores the
//! error code after `compile_fail` (checking it is a nightly feature), so
//! `cargo course verify` asks rustc for each file's error codes: exactly
//! the one its first line names.
//!
//! A `match` that leaves values out (E0004): Go's `switch` runs no case.
//!
#![doc = "```compile_fail,E0004"]
#![doc = include_str!("../compile_fail/non_exhaustive_match.rs")]
#![doc = "```"]
//!
//! A `match` whose arms give values of different types (E0308):
//!
#![doc = "```compile_fail,E0308"]
#![doc = include_str!("../compile_fail/match_arms_differ.rs")]
#![doc = "```"]
//!
//! A `break` with a value out of a `for` loop (E0571): only `loop` and
//! labelled blocks end with a value.
//!
#![doc = "```compile_fail,E0571"]
#![doc = include_str!("../compile_fail/break_value_in_for.rs")]
#![doc = "```"]
//!
//! A `break` to a label that no loop around it has (E0426):
//!
#![doc = "```compile_fail,E0426"]
#![doc = include_str!("../compile_fail/undeclared_label.rs")]
#![doc = "```"]
//!
//! A `continue` to a labelled block (E0696): a block has no next round.
//!
#![doc = "```compile_fail,E0696"]
#![doc = include_str!("../compile_fail/continue_to_block.rs")]
#![doc = "```"]

pub mod fallthrough;
pub mod labels;
pub mod loops;
pub mod print;
pub mod switch;
