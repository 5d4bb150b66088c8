//! Go's `make`, `new` and `nil`, ported to Rust: `Default` for zero values,
//! `Option` for nil, `Vec::with_capacity` and `HashMap::new` for `make`,
//! `Box::new` for `new`.
//!
//! Go gives every type a zero value and lets pointers, slices, maps,
//! channels, functions and interfaces be nil. Rust has neither by default:
//! a variable must be given a value before it is read, a type has a
//! "default" only if it implements [`Default`], and a value that may be
//! missing says so in its type, `Option<T>`, which the compiler makes you
//! check before you use what is inside.
//!
//! | Go                              | Rust                                            |
//! |---------------------------------|-------------------------------------------------|
//! | `var n int` (0)                 | `let n = 0;` or `let n = i32::default();`       |
//! | `var o Options`                 | `let o = Options::default();` (derive `Default`) |
//! | `Options{Name: "api"}`          | `Options { name: …, ..Default::default() }`     |
//! | `p := new(T)`                   | `let p = Box::new(T::default());`               |
//! | `make([]T, 0, n)`               | `Vec::with_capacity(n)`                         |
//! | `make([]T, n)`                  | `vec![T::default(); n]`                         |
//! | `make(map[K]V)`, `map[K]V{}`    | `HashMap::new()` (`with_capacity(n)` for a hint) |
//! | a `*T` that may be nil          | `Option<&T>`, `Option<Box<T>>`                  |
//! | `if p != nil { … }`             | `if let Some(p) = p { … }`                      |
//!
//! # Modules
//!
//! - [`zero`]: a struct with `#[derive(Default)]`, Go's zero value.
//! - [`list`]: a linked list whose end is `None`, where Go's is `nil`.
//! - [`go_fmt`]: Go's `fmt.Println` formats, for the examples.
//!
//! # What Rust refuses
//!
//! Each of these is Go that compiles (and then reads a zero value or
//! panics); each file is checked *not* to compile, with the error code on
//! its first line.
//!
//! A variable read before it has a value (E0381): Go's `var total int`.
//!
#![doc = "```compile_fail,E0381"]
#![doc = include_str!("../compile_fail/uninitialised_variable.rs")]
#![doc = "```"]
//!
//! A struct literal that leaves a field out (E0063): Go's
//! `Options{Name: "api"}`, whose other fields are zero values.
//!
#![doc = "```compile_fail,E0063"]
#![doc = include_str!("../compile_fail/struct_literal_missing_field.rs")]
#![doc = "```"]
//!
//! An `Option<u16>` used as a `u16` (E0308): Go's `port := ports["db"]`,
//! 0 when the key is missing.
//!
#![doc = "```compile_fail,E0308"]
#![doc = include_str!("../compile_fail/option_as_value.rs")]
#![doc = "```"]
//!
//! A field read through an `Option` (E0609): Go's nil pointer dereference.
//!
#![doc = "```compile_fail,E0609"]
#![doc = include_str!("../compile_fail/option_field_access.rs")]
#![doc = "```"]
//!
//! A map method called on a map that may not be there (E0599): Go's write
//! into a nil map.
//!
#![doc = "```compile_fail,E0599"]
#![doc = include_str!("../compile_fail/write_into_none_map.rs")]
#![doc = "```"]

pub mod go_fmt;
pub mod list;
pub mod zero;
