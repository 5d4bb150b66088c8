//! What Go programs use `container/list` for, a queue or a deque, is a
//! `VecDeque` in Rust, and removing while iterating is `retain`. The port of
//! `go/containers_list/main.go`.

use std::collections::VecDeque;

use containers::print;

fn main() {
    // ANCHOR: deque
    let mut l = VecDeque::new();
    l.push_back(2);
    l.push_back(3);
    l.push_front(1);
    println!("list: {}", print::slice(l.make_contiguous()));
    // pop_front and pop_back: an Option, None when empty
    let (front, back) = (l.pop_front(), l.pop_back());
    if let (Some(front), Some(back)) = (front, back) {
        println!("removed {front} and {back}");
    }
    println!("left: {}", print::slice(l.make_contiguous()));
    // ANCHOR_END: deque

    // ANCHOR: remove_bug
    // Go's loop ends at its first removal. Rust has no such
    // loop (E0502), so the port writes its effect out.
    let mut l: VecDeque<i32> = (1..=6).collect();
    let first_even = l.iter().position(|n| n % 2 == 0);
    if let Some(i) = first_even {
        l.remove(i);
    }
    let left = print::slice(l.make_contiguous());
    println!("e = e.Next() loop: {left}");
    // ANCHOR_END: remove_bug

    // ANCHOR: remove_fixed
    let mut l: VecDeque<i32> = (1..=6).collect();
    l.retain(|n| n % 2 != 0);
    let left = print::slice(l.make_contiguous());
    println!("next := e.Next() loop: {left}");
    // ANCHOR_END: remove_fixed
}
