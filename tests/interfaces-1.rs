//! Graded tests for interfaces-1: a trait, three implementations, and code
//! that works on any of them.

use std::f64::consts::PI;

use interfaces_1::{Circle, Rect, Shape, Square, largest, parse_shape, total_area};

/// A shape the tests define: it writes only the required methods, so it
/// gets the default `describe`.
struct Triangle {
    sides: [f64; 3],
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let [a, b, c] = self.sides;
        let s = (a + b + c) / 2.0;
        (s * (s - a) * (s - b) * (s - c)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.sides.iter().sum()
    }
    fn name(&self) -> &'static str {
        "triangle"
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn boxed(shapes: Vec<Box<dyn Shape>>) -> Vec<Box<dyn Shape>> {
    shapes
}

graded::tests! {
    /// A circle's area is pi r squared and its perimeter 2 pi r.
    fn circle_area_and_perimeter() {
        let c = Circle { radius: 2.0 };
        assert!(close(c.area(), 4.0 * PI), "a circle of radius 2 should have area 4π, got {}", c.area());
        assert!(
            close(c.perimeter(), 4.0 * PI),
            "a circle of radius 2 should have perimeter 2πr = 4π, got {}",
            c.perimeter()
        );
        let c = Circle { radius: 3.0 };
        assert!(close(c.perimeter(), 6.0 * PI), "a circle of radius 3 should have perimeter 6π, got {}", c.perimeter());
    }

    /// A rect is width times height, a square side squared; perimeters add
    /// every side.
    fn rect_and_square_area_and_perimeter() {
        let r = Rect { width: 2.0, height: 5.0 };
        assert_eq!(r.area(), 10.0, "a 2 by 5 rect should have area 10");
        assert_eq!(r.perimeter(), 14.0, "a 2 by 5 rect should have perimeter 2 + 5 + 2 + 5 = 14");
        let s = Square { side: 3.0 };
        assert_eq!(s.area(), 9.0, "a square of side 3 should have area 9");
        assert_eq!(s.perimeter(), 12.0, "a square of side 3 should have perimeter 12");
    }

    /// Each type names itself.
    fn each_type_has_its_name() {
        assert_eq!(Circle { radius: 1.0 }.name(), "circle", "Circle's name");
        assert_eq!(Rect { width: 1.0, height: 2.0 }.name(), "rect", "Rect's name");
        assert_eq!(Square { side: 1.0 }.name(), "square", "Square's name: a square is its own type, not a rect");
    }

    /// `describe` is a default method: every implementation has it, a type
    /// defined outside the crate too.
    fn describe_is_a_default_method_for_every_shape() {
        assert_eq!(
            Rect { width: 2.0, height: 3.0 }.describe(),
            "rect: area 6.00, perimeter 10.00",
            "describe should print the name, then area and perimeter with two decimals"
        );
        assert_eq!(
            Circle { radius: 1.0 }.describe(),
            "circle: area 3.14, perimeter 6.28",
            "describe of a unit circle"
        );
        let t = Triangle { sides: [3.0, 4.0, 5.0] };
        assert_eq!(
            t.describe(),
            "triangle: area 6.00, perimeter 12.00",
            "a type that writes only area, perimeter and name should get describe from the trait's default"
        );
    }

    /// `total_area` adds the areas of shapes of one type, for any type.
    fn total_area_is_generic_over_the_shape_type() {
        let rects = [Rect { width: 1.0, height: 2.0 }, Rect { width: 3.0, height: 4.0 }];
        assert_eq!(total_area(&rects), 14.0, "total area of a 1x2 and a 3x4 rect should be 14");
        let squares = [Square { side: 2.0 }, Square { side: 1.0 }, Square { side: 3.0 }];
        assert_eq!(total_area(&squares), 14.0, "total area of squares of sides 2, 1, 3 should be 14");
        let triangles = [Triangle { sides: [3.0, 4.0, 5.0] }];
        assert!(close(total_area(&triangles), 6.0), "total_area should work for the tests' own Triangle too");
        assert_eq!(total_area::<Circle>(&[]), 0.0, "the total area of no shapes should be 0");
    }

    /// `largest` compares shapes of different types through `dyn Shape`.
    fn largest_finds_the_biggest_of_mixed_types() {
        let shapes = boxed(vec![
            Box::new(Square { side: 2.0 }),
            Box::new(Circle { radius: 1.5 }),
            Box::new(Rect { width: 1.0, height: 6.5 }),
            Box::new(Triangle { sides: [3.0, 4.0, 5.0] }),
        ]);
        let best = largest(&shapes).expect("four shapes: largest should find one");
        assert_eq!(best.name(), "circle", "a circle of radius 1.5 (area 7.07) is larger than 4, 6.5 and 6");
        let shapes = boxed(vec![Box::new(Circle { radius: 0.5 }), Box::new(Square { side: 3.0 })]);
        let best = largest(&shapes).expect("two shapes: largest should find one");
        assert_eq!(best.name(), "square", "the largest shape can be the last one");
    }

    /// When shapes tie for the largest area, the first of them wins.
    fn largest_picks_the_first_of_ties() {
        let shapes = boxed(vec![
            Box::new(Rect { width: 1.0, height: 1.0 }),
            Box::new(Rect { width: 2.0, height: 2.0 }),
            Box::new(Square { side: 2.0 }),
            Box::new(Rect { width: 4.0, height: 1.0 }),
        ]);
        let best = largest(&shapes).expect("four shapes: largest should find one");
        assert_eq!(
            (best.name(), best.perimeter()),
            ("rect", 8.0),
            "three shapes have area 4: largest should return the first, the 2x2 rect (Iterator::max_by returns the last)"
        );
    }

    /// With no shapes there is no largest: `None`, not a zero-sized shape.
    fn largest_of_no_shapes_is_none() {
        assert!(largest(&[]).is_none(), "largest of no shapes should be None, Go's nil Shape");
        let one = boxed(vec![Box::new(Rect { width: 0.0, height: 0.0 })]);
        assert!(
            largest(&one).is_some(),
            "largest of one shape, even with area 0, should be that shape: a best-so-far that starts at area 0 misses it"
        );
    }

    /// `parse_shape` reads each kind with its numbers.
    fn parse_shape_reads_each_kind() {
        let circle = parse_shape("circle 2").expect("\"circle 2\" is a circle");
        assert_eq!(circle.name(), "circle", "\"circle 2\" should parse to a circle");
        assert!(close(circle.area(), 4.0 * PI), "\"circle 2\" should have radius 2");
        let rect = parse_shape("rect 2.5 4").expect("\"rect 2.5 4\" is a rect");
        assert_eq!((rect.name(), rect.area(), rect.perimeter()), ("rect", 10.0, 13.0), "\"rect 2.5 4\" is 2.5 by 4");
        let square = parse_shape("  square   3 ").expect("\"  square   3 \" is a square: extra spaces are fine");
        assert_eq!((square.name(), square.area()), ("square", 9.0), "\"square 3\" has side 3");
    }

    /// An unknown kind is `None`, not a zero-valued shape.
    fn parse_shape_of_an_unknown_kind_is_none() {
        for spec in ["triangle 3 4 5", "Circle 1", "", "   "] {
            assert!(
                parse_shape(spec).is_none(),
                "{spec:?} is no shape this crate knows: parse_shape should return None, not a default shape"
            );
        }
    }

    /// A missing, extra or bad number is `None`, not a zero.
    fn parse_shape_with_bad_numbers_is_none() {
        for spec in ["rect 2", "circle", "square x", "rect 1 2 3", "circle 1 1", "square -2", "rect 2 abc"] {
            assert!(
                parse_shape(spec).is_none(),
                "{spec:?} has a missing, extra, negative or unreadable number: parse_shape should return None, \
                 not read it as 0 (Go's ignored strconv error)"
            );
        }
    }
}
