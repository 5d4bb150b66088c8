//! `retain` deletes entries during its one pass over the map, which a
//! `for` loop over the map may not do. The port of `go/maps_delete/main.go`.

use std::collections::HashMap;

use maps::print;

fn main() {
    // ANCHOR: delete
    let fruits = [("apple", 0), ("fig", 5), ("pear", 3), ("plum", 0)];
    let mut stock = HashMap::from(fruits);
    // keep the entries the closure says yes to
    stock.retain(|_fruit, n| *n > 0);
    println!("{}", print::map(&stock));
    // ANCHOR_END: delete
}
