//! Deleting from a slice, Go's way and Rust's.
//!
//! Go has no delete for slices (before Go 1.21's `slices.Delete`): you
//! write `s = append(s[:i], s[i+1:]...)`, which moves the tail of the array
//! one slot to the left and returns a shorter header on the *same* array.
//! Every other header on that array sees the moved elements, and the last
//! slot keeps its old value. Rust's `Vec` has one owner and a method for
//! each kind of removal, and the borrow checker refuses a removal while any
//! other reference into the `Vec` is alive.
//!
//! | Go                                        | Rust                              |
//! |-------------------------------------------|-----------------------------------|
//! | `s = append(s[:i], s[i+1:]...)`           | `v.remove(i)` (returns it)        |
//! | `s[i] = s[len(s)-1]; s = s[:len(s)-1]`    | `v.swap_remove(i)`                |
//! | `s = append(s[:i], s[j:]...)`             | `v.drain(i..j)`                   |
//! | filter in place: `kept := s[:0]` + append | `v.retain(\|x\| keep(x))`          |
//! | a compact loop (Go 1.21 `slices.Compact`) | `v.dedup()`, `v.dedup_by_key(f)`  |
//! | `s = s[:n]`                               | `v.truncate(n)`                   |
//! | `tail := s[n:]; s = s[:n:n]`              | `let tail = v.split_off(n);`      |
//!
//! # Modules
//!
//! - [`go_delete`]: what Go's `append` does to the array when it deletes
//!   or appends through a sub-slice, written out on a Rust array, so that
//!   the examples print what the Go programs print.
//! - [`print`](mod@print): Go's `fmt.Println` format for a slice.
//!
//! The slice header itself is modelled in the `values` crate
//! (`values::go_slice`); this crate needs only what a delete does to the
//! elements.

pub mod go_delete;
pub mod print;
