//! Rust has no collector: `Rc` counts owners, and a cycle of `Rc`s is never
//! freed. A `Weak` back link breaks the cycle.

use gc::rc_cycle::{dropped, strong_cycle, weak_cycle};

fn main() {
    // ANCHOR: main
    let leaked = strong_cycle();
    println!(
        "after the scope: {} nodes dropped, a still alive: {}",
        dropped(),
        leaked.upgrade().is_some()
    );
    let freed = weak_cycle();
    println!(
        "after the scope: {} nodes dropped, a still alive: {}",
        dropped(),
        freed.upgrade().is_some()
    );
    // ANCHOR_END: main
}
