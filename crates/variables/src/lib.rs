//! Go's variable pitfalls, ported to Rust: `:=` shadowing, the loop
//! variable that every closure shares (before Go 1.22), and closures that
//! capture variables rather than values.
//!
//! Rust shadows too, on purpose: `let port: u16 = port.parse()?;` is a new
//! binding, often of a new type, and the old one is unreachable from there
//! on. What Rust lacks is Go's half-declaration (`:=` that declares some
//! names and assigns others) and Go's "zero value until assigned": a `let`
//! always declares, `=` always assigns, and a binding read before it is
//! surely assigned is a compile error.
//!
//! A closure borrows what it captures (`&` to read, `&mut` to change) or,
//! with `move`, takes it. The borrow checker then sees the closure as a
//! borrow: it may not outlive the variables it borrows, and while it holds
//! a `&mut`, nothing else may use them. That is why Go's loop-variable bug
//! cannot be written by accident: each iteration's binding is new, and a
//! closure that borrows it cannot leave the iteration.
//!
//! | Go                                  | Rust                                                   |
//! |-------------------------------------|--------------------------------------------------------|
//! | `x := v` / `x = v`                  | `let x = v;` / `x = v;` (needs `let mut x`)            |
//! | `x, err := f()` in an inner block   | the same shadowing; but return a `Result`, not an `err` variable |
//! | `func() int { return x }`           | `\|\| x` (borrows `x`; `move \|\| x` copies or takes it)  |
//! | `func() { n++ }`                    | `\|\| n += 1`, an `FnMut`, called through a `let mut`    |
//! | a closure factory `func() func() int` | `fn f() -> impl FnMut() -> i32` with `move`            |
//! | `i := i` in a loop (before Go 1.22) | nothing: each iteration's `i` is new                    |
//!
//! # Modules
//!
//! - [`shadowing`]: Go's `err` shadowed inside an `if`, and the Rust shape
//!   that has no `err` variable to shadow.
//! - [`loops`]: closures made in a loop, the Rust way and Go 1.19's way
//!   (one shared variable, which Rust has to be asked for).
//! - [`counters`]: closure factories, and the three closure traits.
//!
//! The files in `compile_fail/` are checked not to compile: a thread that
//! borrows its loop variable (E0373), closures kept past their loop
//! variable (E0597), an assignment to a variable a closure is reading
//! (E0506), an `FnMut` called through a binding that is not `mut` (E0596)
//! and a result read when only a shadow of it was assigned (E0381).

pub mod counters;
pub mod loops;
pub mod shadowing;
