//! Shapes: one trait, three types that implement it, and functions that work
//! on any of them, statically (generics) or dynamically (`dyn Shape`).
//!
//! In Go, `Circle` would be a `Shape` as soon as it had the methods. In Rust
//! each type says so with `impl Shape for Circle`, and gets the trait's
//! default method `describe` without writing it.

use std::f64::consts::PI;

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
        format!(
            "{}: area {:.2}, perimeter {:.2}",
            self.name(),
            self.area(),
            self.perimeter()
        )
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

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }

    fn perimeter(&self) -> f64 {
        2.0 * PI * self.radius
    }

    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.width * self.height
    }

    fn perimeter(&self) -> f64 {
        2.0 * (self.width + self.height)
    }

    fn name(&self) -> &'static str {
        "rect"
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }

    fn perimeter(&self) -> f64 {
        4.0 * self.side
    }

    fn name(&self) -> &'static str {
        "square"
    }
}

/// The sum of the areas of shapes that all have the same type `S`; 0 for
/// none.
pub fn total_area<S: Shape>(shapes: &[S]) -> f64 {
    shapes.iter().map(Shape::area).sum()
}

/// The shape with the largest area, of whatever type; the first of them
/// when several tie; `None` when there are no shapes.
pub fn largest(shapes: &[Box<dyn Shape>]) -> Option<&dyn Shape> {
    let mut best: Option<&dyn Shape> = None;
    for shape in shapes {
        if best.is_none_or(|b| shape.area() > b.area()) {
            best = Some(shape.as_ref());
        }
    }
    best
}

/// Reads a shape from `"circle R"`, `"rect W H"` or `"square S"` (words
/// separated by whitespace, each number a non-negative decimal). Anything
/// else, an unknown kind, a missing, extra or bad number, is `None`.
pub fn parse_shape(spec: &str) -> Option<Box<dyn Shape>> {
    let mut words = spec.split_whitespace();
    let kind = words.next()?;
    let numbers = words
        .map(|word| word.parse::<f64>().ok().filter(|n| *n >= 0.0))
        .collect::<Option<Vec<f64>>>()?;
    match (kind, numbers.as_slice()) {
        ("circle", &[radius]) => Some(Box::new(Circle { radius })),
        ("rect", &[width, height]) => Some(Box::new(Rect { width, height })),
        ("square", &[side]) => Some(Box::new(Square { side })),
        _ => None,
    }
}
