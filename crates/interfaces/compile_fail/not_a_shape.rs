// compile_fail: E0277
// A type is a Shape only where an `impl Shape for` says so: having an
// `area` method of its own is not enough, as it would be in Go.

trait Shape {
    fn area(&self) -> f64;
}

// ANCHOR: not_a_shape
struct Triangle {
    base: f64,
    height: f64,
}

impl Triangle {
    // Go would call this Triangle a Shape; Rust does not.
    fn area(&self) -> f64 {
        self.base * self.height / 2.0
    }
}

fn print_area(shape: &dyn Shape) {
    println!("{}", shape.area());
}

fn main() {
    let t = Triangle { base: 3.0, height: 4.0 };
    println!("{}", t.area());
    print_area(&t);
}
// ANCHOR_END: not_a_shape
