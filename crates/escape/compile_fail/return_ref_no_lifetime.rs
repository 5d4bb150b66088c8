// compile_fail: E0106
// Go's `return &p` written in Rust: a reference needs a lifetime, and a
// function with no reference parameters has none to give it.
use escape::shapes::Point;

// ANCHOR: no_lifetime
fn new_point_ref() -> &Point {
    let p = Point { x: 1, y: 2 };
    &p
}
// ANCHOR_END: no_lifetime

fn main() {
    println!("{:?}", new_point_ref());
}
