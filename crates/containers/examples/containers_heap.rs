//! `BinaryHeap` is a max-heap; `Reverse` makes it a min-heap. The port of
//! `go/containers_heap/main.go`, whose two mistakes are replayed with
//! `containers::go_heap`, Go's algorithm on a plain `Vec`.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use containers::{go_heap, print};

fn main() {
    // ANCHOR: main
    // A max-heap of Reverse(x) pops the smallest x first.
    let mut h = BinaryHeap::from([5, 2, 8, 1, 9].map(Reverse));
    h.push(Reverse(3));
    if let Some(Reverse(smallest)) = h.peek() {
        println!("smallest: {smallest}");
    }
    let mut pops = Vec::new();
    while let Some(Reverse(x)) = h.pop() {
        pops.push(x);
    }
    println!("pops: {}", print::slice(&pops));
    // ANCHOR_END: main

    // ANCHOR: no_init
    // Go's functions on a plain Vec: push before init.
    let mut unsorted = vec![5, 2, 8, 1, 9];
    go_heap::push(&mut unsorted, 3);
    let pops = go_heap::drain(&mut unsorted);
    println!("pops without Init: {}", print::slice(&pops));
    // ANCHOR_END: no_init

    // ANCHOR: own_pop
    let mut h = vec![5, 2, 8, 1, 9];
    go_heap::init(&mut h);
    let mut popped = Vec::new();
    // Vec::pop is the slice's own Pop: the last element.
    while let Some(x) = h.pop() {
        popped.push(x);
    }
    let popped = print::slice(&popped);
    println!("the slice's own Pop: {popped}");
    // ANCHOR_END: own_pop
}
