//! Go's interfaces, ported to Rust: traits, generics and `dyn Trait`, and
//! the two kinds of type switch.
//!
//! A Go interface is a set of methods, and a type satisfies it by having
//! them: nothing says so. A Rust *trait* is a set of methods too, but a type
//! implements it only where the code says `impl Trait for Type`. Code that
//! works on "any Shape" is written one of two ways:
//!
//! - generic, `fn total_area<S: Shape>(shapes: &[S])`: the compiler makes a
//!   copy of the function for each type it is called with (*static
//!   dispatch*), and every element of the slice has that one type;
//! - over a *trait object*, `&dyn Shape` or `Box<dyn Shape>`: a pointer to
//!   the value and a pointer to its type's table of methods, Go's interface
//!   value (*dynamic dispatch*), so one slice holds several types.
//!
//! | module | what it holds |
//! |---|---|
//! | [`shapes`] | a trait with a default method, two implementations, a generic function and a `dyn` one |
//! | [`go_interface`] | Go's interface value written out (a type word and a pointer), to show why a nil `*T` in an `error` is not nil |
//! | [`parse`] | the same check done the Rust way: `Result`, and `Option<Box<dyn Error>>`, which is either `None` or a value |
//! | [`type_switch`] | Go's type switch twice: over a closed `enum` (an exhaustive `match`) and over `dyn Any` (`downcast_ref`) |
//!
//! A type that does not implement a trait is refused where it is used as
//! one (E0277), and an `impl` that leaves out a required method is refused
//! too (E0046): see `compile_fail/` and the chapter.

pub mod go_interface;
pub mod parse;
pub mod shapes;
pub mod type_switch;
