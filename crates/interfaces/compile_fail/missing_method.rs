// compile_fail: E0046
// An `impl` must write every method of the trait that has no default.

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
}

// ANCHOR: missing
struct Square {
    side: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}
// ANCHOR_END: missing

fn main() {
    let square = Square { side: 2.0 };
    println!("{}", square.area());
}
