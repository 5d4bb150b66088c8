// compile_fail: E0499
// This file must NOT compile: a `compile_fail` doctest of
// `shared_map::pitfalls` (src/pitfalls.rs), shown in the book.
//
//   error[E0499]: cannot borrow `counts` as mutable more than once at a time

use std::collections::HashMap;
use std::thread;

fn main() {
    // ANCHOR: unguarded
    let mut counts: HashMap<u32, u32> = HashMap::new();
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for key in 0..1000 {
                    *counts.entry(key).or_insert(0) += 1; // four writers, no lock
                }
            });
        }
    });
    // ANCHOR_END: unguarded
    println!("{}", counts.len());
}
