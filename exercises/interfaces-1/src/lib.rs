//! Shapes: one trait, three types that implement it, and functions that work
//! on any of them, statically (generics) or dynamically (`dyn Shape`).
//!
//! In Go, `Circle` would be a `Shape` as soon as it had the methods. In Rust
//! each type says so with `impl Shape for Circle`, and gets the trait's
//! default method `describe` without writing it.
//!
//! Run the tests with `cargo test -p interfaces-1`; ask for a hint with
//! `cargo course hint interfaces-1`.

/// Something with an area, a perimeter and a name.
pub trait Shape {
    /// The area.
    fn area(&self) -> f64;

    /// The length of the outline.
    fn perimeter(&self) -> f64;

    /// The kind of shape, in lower case: `"circle"`, `"rect"`, `"square"`.
    fn name(&self) -> &'static str;

    /// `"<name>: area <area>, perimeter <perimeter>"`, both numbers with two
    /// decimals: `"rect: area 6.00, perimeter 10.00"`.
    fn describe(&self) -> String {
        // TODO: Go has no default methods; you would write a function
        // `func describe(s Shape) string` over the interface. Here the trait
        // carries the body itself, and every implementation gets it: build
        // the string from `self.name()`, `self.area()` and `self.perimeter()`
        // (`format!` with `{:.2}` prints two decimals).
        todo!()
    }
}

/// A circle of the given radius.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub radius: f64,
}

/// A rectangle, `width` by `height`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub width: f64,
    pub height: f64,
}

/// A square with sides of `side`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Square {
    pub side: f64,
}

// TODO: in Go, `func (c Circle) Area() float64 { ... }` is enough to make
// Circle a Shape. In Rust the methods go in an `impl Shape for Circle`
// block: write the three required ones (not `describe`: its default is
// used) for each of the three types.
impl Shape for Circle {
    fn area(&self) -> f64 {
        todo!()
    }

    fn perimeter(&self) -> f64 {
        todo!()
    }

    fn name(&self) -> &'static str {
        todo!()
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        todo!()
    }

    fn perimeter(&self) -> f64 {
        todo!()
    }

    fn name(&self) -> &'static str {
        todo!()
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        todo!()
    }

    fn perimeter(&self) -> f64 {
        todo!()
    }

    fn name(&self) -> &'static str {
        todo!()
    }
}

/// The sum of the areas of shapes that all have the same type `S`; 0 for
/// none.
pub fn total_area<S: Shape>(shapes: &[S]) -> f64 {
    // TODO: Go would take a `[]Shape` and range over it. `S: Shape` is a
    // generic bound: the compiler makes one copy of this function per type,
    // and every element has that type. Add up `area()` of each.
    todo!()
}

/// The shape with the largest area, of whatever type; the first of them
/// when several tie; `None` when there are no shapes.
pub fn largest(shapes: &[Box<dyn Shape>]) -> Option<&dyn Shape> {
    // TODO: a `Box<dyn Shape>` is Go's interface value: any type, its
    // methods found at run time. Go would return a nil Shape for no shapes;
    // return `None`. Keep the best so far as an `Option<&dyn Shape>`
    // (`shape.as_ref()` borrows the Box's shape), and replace it only by a
    // strictly larger one, so that the first of equal shapes stays.
    todo!()
}

/// Reads a shape from `"circle R"`, `"rect W H"` or `"square S"` (words
/// separated by whitespace, each number a non-negative decimal). Anything
/// else, an unknown kind, a missing, extra or bad number, is `None`.
pub fn parse_shape(spec: &str) -> Option<Box<dyn Shape>> {
    // TODO: Go would return `(Shape, error)` and `nil` for a bad spec. Here
    // return `Some(Box::new(Circle { .. }))` and friends, or `None`: never a
    // shape made of zeros for a word you could not read (`"rect 2"` has no
    // height, it is not a 2 by 0 rect). `split_whitespace()`,
    // `str::parse::<f64>()` and a `match` on the kind and the numbers help.
    todo!()
}
