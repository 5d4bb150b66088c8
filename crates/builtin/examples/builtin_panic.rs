//! `panic!` and `catch_unwind`, and the `Option` that makes them
//! unnecessary. The port of `go/builtin_panic/main.go`.

use builtin::recover::{pop, safely};

fn main() {
    // ANCHOR: main
    let result = safely(|| {
        let mut stack = vec![7];
        println!("popped {}", pop(&mut stack));
        pop(&mut stack);
    });
    if let Err(message) = result {
        println!("error: {message}");
    }
    println!("no panic: {}", safely(|| {}).is_ok());

    // what Rust code writes instead
    let mut empty: Vec<i32> = Vec::new();
    if empty.pop().is_none() {
        println!("checked: empty stack");
    }
    // ANCHOR_END: main
}
