//! `get_mut` lends a map value mutably: the in-place change Go refuses.
//! The port of `go/maps_struct/main.go`.

use std::collections::HashMap;

use maps::print::{self, GoFormat};

// ANCHOR: point
#[derive(Clone, Copy, Debug, Default)]
struct Point {
    x: i32,
    y: i32,
}
// ANCHOR_END: point

impl GoFormat for Point {
    fn go_format(&self) -> String {
        format!("{{{} {}}}", self.x, self.y)
    }
}

fn main() {
    // ANCHOR: store_back
    let mut points = HashMap::from([("a", Point { x: 1, y: 2 })]);
    // a &mut Point into the map: no copy, no store
    if let Some(p) = points.get_mut("a") {
        p.x = 10;
    }
    println!("{}", print::map(&points));
    // ANCHOR_END: store_back

    // ANCHOR: pointers
    // a Box is what Go's *Point stands for here; get_mut
    // reaches through it the same way
    let p = Box::new(Point { x: 1, y: 2 });
    let mut boxed = HashMap::from([("a", p)]);
    if let Some(p) = boxed.get_mut("a") {
        p.x = 10;
    }
    println!("{}", boxed["a"].go_format());
    // ANCHOR_END: pointers

    // ANCHOR: missing
    // a missing key starts as Point::default(), and stays
    points.entry("b").or_default().y += 1;
    println!("{}", print::map(&points));
    // ANCHOR_END: missing
}
