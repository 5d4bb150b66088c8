//! Closures capture variables: the port of `go/variables_closure/main.go`.

use std::cell::Cell;

use variables::counters::new_counter;

fn main() {
    // ANCHOR: by_reference
    // Changing x while a closure reads it needs a Cell:
    // a plain `x = 2` here would be E0506.
    let x = Cell::new(1);
    let read = || x.get();
    x.set(2);
    println!("the closure reads: {}", read());

    let mut total = 0;
    // An FnMut: it borrows `total` mutably
    // until its last call.
    let mut add = |n| total += n;
    add(5);
    add(7);
    println!("total: {total}");
    // ANCHOR_END: by_reference

    // ANCHOR: main_counter
    let (mut a, mut b) = (new_counter(), new_counter());
    a();
    a();
    println!("a: {} b: {}", a(), b());
    // ANCHOR_END: main_counter
}
