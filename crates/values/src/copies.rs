//! `Copy`, `Clone` and moves: what an assignment or a call does with a value.
//!
//! Go copies every value it assigns or passes, field by field, and a copy
//! of a struct that holds a slice or a map shares that slice's array or that
//! map with the original. Rust does one of two things:
//!
//! - a type that is [`Copy`] is copied, bit for bit, and the original stays
//!   usable: Go's behaviour. Only types whose copy owns nothing can be
//!   `Copy`: numbers, `bool`, `char`, shared references, and tuples, arrays
//!   and structs made only of those ([`Point`]).
//! - any other type is *moved*: the bits are copied too, but the original
//!   may not be used any more, so exactly one owner is left to free what it
//!   owns. A copy that owns its own heap memory is asked for by name, with
//!   [`Clone::clone`] ([`Team`]).
//!
//! ```
//! use values::copies::{Point, Team};
//!
//! let a = Point { x: 1, y: 2 };
//! let mut b = a; // a copy: `a` is still usable
//! b.x = 10;
//! assert_eq!((a.x, b.x), (1, 10));
//!
//! let gophers = Team::new("gophers", &["ann", "bo"]);
//! let mut copy = gophers.clone(); // a deep copy: a new String and a new Vec
//! copy.members.push("cy".to_owned());
//! assert_eq!(gophers.members, ["ann", "bo"]);
//! let moved = gophers; // a move: from here on only `moved` owns the team
//! assert_eq!(moved.members.len(), 2);
//! ```

// ANCHOR: point
/// A point on a grid. Two `i32`s own nothing, so the type can be `Copy`:
/// every assignment and every call copies it, as Go copies a struct, and the
/// original stays usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}
// ANCHOR_END: point

// ANCHOR: team
/// A team: a name and its members, on the heap. It cannot be `Copy` (a
/// bitwise copy would leave two owners of one buffer), so an assignment
/// moves it, and `clone()` copies it deeply: the `String` and the `Vec`,
/// every member included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub name: String,
    pub members: Vec<String>,
}
// ANCHOR_END: team

impl Team {
    /// A team called `name` with these members, in order.
    pub fn new(name: &str, members: &[&str]) -> Team {
        Team {
            name: name.to_owned(),
            members: members.iter().map(|&m| m.to_owned()).collect(),
        }
    }
}
