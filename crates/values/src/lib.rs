//! Go's pass-by-value, ported to Rust: moves, `Copy` and `Clone`, and the
//! borrows `&T` and `&mut T`.
//!
//! Go passes every argument by value: the function gets a copy. For a
//! number or a struct that is a copy of the data; for a pointer, a slice or
//! a map it is a copy of a small header that still refers to the caller's
//! data. So some changes reach the caller and some do not, and which is
//! which depends on the type. Rust passes by value too, but a value that
//! owns memory is *moved* (the caller may not use it afterwards), and a
//! function that should only look at, or change, the caller's value
//! *borrows* it: `&T` to read, `&mut T` to write. The borrow checker checks,
//! when the code compiles, that no borrow outlives its value and that a
//! `&mut T` is never alive beside another borrow of the same value.
//!
//! | Go                              | Rust                                                |
//! |---------------------------------|-----------------------------------------------------|
//! | `func f(p Person)`: a copy      | `fn f(p: Person)`: a move; `f(p.clone())` copies    |
//! | `func f(p *Person)`, `f(&p)`    | `fn f(p: &mut Person)`, `f(&mut p)`; `&Person` reads |
//! | `*p = v`, `p.Age++`             | `*r = v`, `r.age += 1`                              |
//! | `b := a` (a struct)             | `let b = a.clone();` (a plain copy if it is `Copy`) |
//! | `func f(s []int)`               | `fn f(s: &[i32])` to read, `&mut [i32]` to write    |
//! | `s = append(s, v)` by a callee  | `fn f(s: &mut Vec<i32>)` and `s.push(v)`            |
//! | `func f(m map[string]int)`      | `fn f(m: &mut HashMap<String, i32>)`                |
//! | `func (p Person) M()`           | `fn m(&self)`, or `fn m(self)` to use it up         |
//! | `func (p *Person) M()`          | `fn m(&mut self)`                                   |
//! | `return &Person{...}`           | return the `Person` itself: it is moved out         |
//!
//! # Modules
//!
//! - [`copies`]: `Copy`, `Clone` and moves.
//! - [`go_slice`]: Go's slice header written out, to show what its copies
//!   share (the examples `values_header` and `go/values_header` print it).
//! - [`print`](mod@print): Go's `fmt.Println` formats, for the examples.
//!
//! # What the borrow checker refuses
//!
//! Each of these compiles in Go (in its Go form) and is checked here *not*
//! to compile. Stable rustdoc ignores the error code after `compile_fail`
//! (checking it is a nightly feature), so `cargo course verify` asks rustc
//! for each file's error codes: exactly the one its first line names.
//!
//! A value used after it was moved (E0382): Go would have passed a copy.
//!
#![doc = "```compile_fail,E0382"]
#![doc = include_str!("../compile_fail/use_after_move.rs")]
#![doc = "```"]
//!
//! A borrow taken mutably from a variable that is not `mut` (E0596):
//!
#![doc = "```compile_fail,E0596"]
#![doc = include_str!("../compile_fail/mut_borrow_of_immutable.rs")]
#![doc = "```"]
//!
//! A write through a shared borrow (E0594):
//!
#![doc = "```compile_fail,E0594"]
#![doc = include_str!("../compile_fail/write_through_shared.rs")]
#![doc = "```"]
//!
//! Two mutable borrows of one `Vec` at once (E0499): Go's two appends into
//! one array.
//!
#![doc = "```compile_fail,E0499"]
#![doc = include_str!("../compile_fail/two_mutable_borrows.rs")]
#![doc = "```"]
//!
//! A push while a borrow of an element is alive (E0502): Go's pointer into
//! an array that `append` has left behind.
//!
#![doc = "```compile_fail,E0502"]
#![doc = include_str!("../compile_fail/push_while_borrowed.rs")]
#![doc = "```"]
//!
//! A reference to a local returned from its function (E0515): Go's
//! `return &p`, which escape analysis moves to the heap.
//!
#![doc = "```compile_fail,E0515"]
#![doc = include_str!("../compile_fail/return_local_reference.rs")]
#![doc = "```"]

pub mod copies;
pub mod go_slice;
pub mod print;
