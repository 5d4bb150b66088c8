// compile_fail: E0502
// Go's `delete(m, k)` inside `for k, v := range m`: in Rust the loop
// borrows the map, and a removal needs it mutably.

use std::collections::HashMap;

// ANCHOR: iterating
fn main() {
    let mut stock = HashMap::from([("apple", 0), ("fig", 5)]);
    // the loop borrows `stock` until it ends
    for (fruit, n) in &stock {
        if *n == 0 {
            stock.remove(fruit);
        }
    }
    println!("{stock:?}");
}
// ANCHOR_END: iterating
