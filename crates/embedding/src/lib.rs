//! Go's struct embedding, ported to Rust: composition, explicit delegation,
//! traits with default methods, and why `Deref` is not inheritance.
//!
//! Go has no inheritance. A struct *embeds* another type by naming it
//! without a field name, and the embedded type's fields and methods are
//! *promoted*: `dog.Name` means `dog.Animal.Name`, `dog.Hello()` means
//! `dog.Animal.Hello()`. A method of the outer type with the same name
//! shadows the promoted one. But a promoted method still runs on the
//! embedded value: when `Animal.Describe` calls `a.Sound()`, it calls
//! `Animal.Sound`, even on a `Dog` that has its own `Sound`. Only an
//! interface dispatches on the dynamic type.
//!
//! Rust has no embedding and no promotion. The "embedded" value is a field
//! with a name ([`composition`]), and each method the outer type offers is
//! written out, forwarding to the field: *delegation*. Shared behaviour lives
//! in a trait, whose *default methods* call the trait's other methods on the
//! implementing type, so a default method does dispatch to the implementor's
//! version ([`defaults`]), the opposite of Go's embedding. `Deref` is for
//! smart pointers: a type that derefs to its "parent" gets the parent's
//! methods at a call site, but not its trait implementations ([`deref`]).
//!
//! | Go                                  | Rust                                                 |
//! |-------------------------------------|------------------------------------------------------|
//! | `type Dog struct { Animal }`        | `struct Dog { animal: Animal }`                      |
//! | `d.Name` (promoted field)           | `d.animal.name`                                      |
//! | `d.Hello()` (promoted method)       | `fn hello(&self) { self.animal.hello() }`, by hand   |
//! | `func (d Dog) Sound()` (shadowing)  | Dog's own `fn sound(&self)`                          |
//! | `d.Animal.Sound()`                  | `d.animal.sound()`                                   |
//! | embedded interface `struct { Logger }` | a field `logger: Box<dyn Logger>` (or a generic `L`) |
//! | a type satisfies an interface       | `impl Trait for Type`, written out                   |
//! | `interface { Reader; Writer }`      | `trait ReadWriter: Reader + Writer {}` and a blanket impl |
//! | shared code in an embedded base     | a trait with default methods                         |
//!
//! # Modules
//!
//! - [`composition`]: a field and forwarding methods, Go's embedding
//!   written out.
//! - [`defaults`]: a trait whose default methods call the implementor's.
//! - [`deref`]: a `Deref` to a "parent" type, and what it does not give.
//! - [`supertraits`]: Go's interface embedding as a supertrait, with a
//!   blanket impl.
//!
//! # What Rust refuses
//!
//! A field of the inner value, reached as if it were promoted (E0609):
//!
#![doc = "```compile_fail,E0609"]
#![doc = include_str!("../compile_fail/no_promoted_field.rs")]
#![doc = "```"]
//!
//! A method of the inner value, called as if it were promoted (E0599):
//!
#![doc = "```compile_fail,E0599"]
#![doc = include_str!("../compile_fail/no_promoted_method.rs")]
#![doc = "```"]
//!
//! A struct built without its "embedded" field (E0063): Go leaves an
//! embedded interface nil, and the first call panics.
//!
#![doc = "```compile_fail,E0063"]
#![doc = include_str!("../compile_fail/missing_embedded_field.rs")]
#![doc = "```"]
//!
//! A type that derefs to one that implements a trait, passed where the trait
//! is required (E0277): `Deref` does not pass trait implementations on.
//!
#![doc = "```compile_fail,E0277"]
#![doc = include_str!("../compile_fail/deref_is_not_inheritance.rs")]
#![doc = "```"]

pub mod composition;
pub mod defaults;
pub mod deref;
pub mod supertraits;
