// compile_fail: E0515
// With the `'static` that rustc suggests, the borrow checker sees the real
// problem: `p` is dropped when the function returns.
use escape::shapes::Point;

// ANCHOR: to_local
fn new_point_ref() -> &'static Point {
    let p = Point { x: 1, y: 2 };
    &p
}
// ANCHOR_END: to_local

fn main() {
    println!("{:?}", new_point_ref());
}
