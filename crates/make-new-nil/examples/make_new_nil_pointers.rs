//! A linked list whose end is `None`: walking it stops there, and a field
//! can only be read through an `Option` once the code has checked it is
//! `Some`. The port of `go/make_new_nil_pointers/main.go`.

use make_new_nil::list::{Node, sum};

fn main() {
    // ANCHOR: main
    let list = Node::link(1, Node::link(2, Node::link(3, None)));
    println!("sum: {} sum of nil: {}", sum(list.as_deref()), sum(None));
    // ANCHOR_END: main

    // ANCHOR: nil_deref
    // never pointed at a node
    let last: Option<&Node> = None;
    match last {
        Some(node) => println!("{}", node.value),
        // the case Go's runtime panics in
        None => println!(
            "panic: runtime error: invalid memory \
             address or nil pointer dereference"
        ),
    }
    // ANCHOR_END: nil_deref
}
