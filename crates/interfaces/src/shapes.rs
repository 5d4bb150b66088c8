//! A trait, its implementations, and the two ways to write code for any of
//! them.
//!
//! ```
//! use interfaces::shapes::{Circle, Rect, Shape, total_area, total_area_dyn};
//!
//! // Generic: every element is a Rect, and the call is resolved when compiling.
//! let rects = [Rect { width: 2.0, height: 3.0 }, Rect { width: 1.0, height: 1.0 }];
//! assert_eq!(total_area(&rects), 7.0);
//!
//! // Trait objects: one slice, several types, resolved at run time.
//! let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle { radius: 1.0 }), Box::new(rects[0])];
//! assert_eq!(format!("{:.2}", total_area_dyn(&shapes)), "9.14");
//! assert_eq!(shapes[1].describe(), "rect with area 6.00");
//! ```

use std::f64::consts::PI;

// ANCHOR: shape
/// Something with an area and a name: Go's
/// `type Shape interface { Area() float64; Name() string }`.
pub trait Shape {
    /// The area.
    fn area(&self) -> f64;

    /// What kind of shape this is, in lower case.
    fn name(&self) -> &'static str;

    /// A default method: each implementation gets it
    /// unless it writes its own.
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}
// ANCHOR_END: shape

// ANCHOR: impls
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

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.radius * self.radius
    }
    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.width * self.height
    }
    fn name(&self) -> &'static str {
        "rect"
    }
}
// ANCHOR_END: impls

// ANCHOR: generic
/// The sum of the areas of shapes that all have one
/// type `S`: one compiled copy per `S` (static dispatch).
pub fn total_area<S: Shape>(shapes: &[S]) -> f64 {
    shapes.iter().map(Shape::area).sum()
}

/// The sum of the areas of shapes of any types: each
/// call goes through the value's method table.
pub fn total_area_dyn(shapes: &[Box<dyn Shape>]) -> f64 {
    shapes.iter().map(|shape| shape.area()).sum()
}
// ANCHOR_END: generic
