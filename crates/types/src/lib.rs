//! Go's `type` keyword, ported to Rust: defined types become newtypes,
//! aliases stay aliases, and methods go in `impl` blocks.
//!
//! Go's `type Celsius float64` makes a new type with `float64`'s
//! representation and operators but none of its methods; `type Wait =
//! time.Duration` makes a second name for the same type. Rust's newtype,
//! `struct Celsius(f64)`, is a new type too, and stricter: it has no
//! operators either until they are written or derived, and it converts only
//! through conversions someone wrote (`From`/`Into`), never by relabelling.
//! Rust's `type Meters = f64;` is an alias, exactly Go's `=` form.
//!
//! | Go                                   | Rust                                                |
//! |--------------------------------------|-----------------------------------------------------|
//! | `type Celsius float64`               | `struct Celsius(f64);` plus the derives it needs    |
//! | `Celsius(f)` (a relabelling)         | `Celsius::from(f)` / `f.into()`: a written `From`   |
//! | `float64(c)`                         | `c.0`                                               |
//! | `type Wait = time.Duration`          | `type Wait = Duration;`                             |
//! | `func (c Celsius) M()`               | `impl Celsius { fn m(self) }`                       |
//! | `func (c Celsius) String() string`   | `impl fmt::Display for Celsius`                     |
//! | methods only on local types          | the orphan rule: a trait impl needs a local trait or a local type |
//!
//! # Modules
//!
//! - [`units`]: `Celsius` and `Fahrenheit`, with `From` conversions that
//!   apply the formula.
//! - [`deadline`]: a newtype around `Duration`, to give it `Display` (the
//!   way around the orphan rule), and one that has none of its methods.
//! - [`extension`]: a local trait implemented for a foreign type.
//! - [`aliases`]: type aliases, which add a name and nothing else.
//!
//! The files in `compile_fail/` are checked not to compile: mixing two
//! newtypes (E0308), calling the inner type's method on a newtype (E0599),
//! printing a newtype that derives nothing (E0277), an inherent `impl` on a
//! foreign type (E0116), on an alias of a primitive (E0390), and a foreign
//! trait for a foreign type (E0117).

pub mod aliases;
pub mod deadline;
pub mod extension;
pub mod units;
