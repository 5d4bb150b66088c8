// compile_fail: E0594
// Go's `points["a"].X = 10`, which Go refuses because a map value is not
// addressable: in Rust, `get` lends the value only to read it.

use std::collections::HashMap;

struct Point {
    x: i32,
}

// ANCHOR: through_get
fn main() {
    let points = HashMap::from([("a", Point { x: 1 })]);
    // get gives a &Point: get_mut is the one that writes
    if let Some(p) = points.get("a") {
        p.x = 10;
    }
    println!("{}", points["a"].x);
}
// ANCHOR_END: through_get
