//! A trait implemented by two types, a default method, and a `Vec` of
//! trait objects. The port of `go/interfaces_shapes/main.go`.

use std::fmt::Display;

use interfaces::shapes::{Circle, Rect, Shape, total_area_dyn};

fn main() {
    // ANCHOR: main
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { radius: 1.0 }),
        Box::new(Rect {
            width: 2.0,
            height: 3.0,
        }),
    ];
    for shape in &shapes {
        // describe is the trait's default method
        println!("{}", shape.describe());
    }
    let total = total_area_dyn(&shapes);
    println!("total area: {total:.2}");
    // ANCHOR_END: main

    // ANCHOR: empty
    // No empty interface: a generic bound says what a
    // function needs, here only that it can print.
    fn holds(anything: impl Display) {
        println!("anything holds {anything}");
    }
    holds(42);
    holds("a string now");
    // ANCHOR_END: empty
}
