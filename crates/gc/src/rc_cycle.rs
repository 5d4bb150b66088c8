//! Reference counting and the cycle it cannot free.
//!
//! `Rc<T>` frees its value when the last `Rc` to it is dropped. Two values
//! that hold an `Rc` to each other keep each other's count above zero for
//! ever: a leak that Go's tracing collector would free, since it only asks
//! whether an object can be reached from a root. A `Weak` link does not
//! count, so a cycle closed by one is freed.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

thread_local! {
    static DROPPED: Cell<usize> = const { Cell::new(0) };
}

/// How many [`Node`]s this thread has dropped so far.
pub fn dropped() -> usize {
    DROPPED.with(Cell::get)
}

// ANCHOR: node
/// A node that may point to another one, strongly or weakly.
#[derive(Debug, Default)]
pub struct Node {
    /// A link that owns its target: it keeps the target alive.
    pub next: RefCell<Option<Rc<Node>>>,
    /// A link that does not: the target may be freed under it.
    pub back: RefCell<Weak<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        DROPPED.with(|n| n.set(n.get() + 1));
    }
}
// ANCHOR_END: node

/// Two nodes that own each other (`a.next = b`, `b.next = a`), both
/// dropped by the caller at the end of the function: neither is freed.
/// Returns a `Weak` to `a`, which still upgrades afterwards.
pub fn strong_cycle() -> Weak<Node> {
    // ANCHOR: strong_cycle
    let a = Rc::new(Node::default());
    let b = Rc::new(Node::default());
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    *b.next.borrow_mut() = Some(Rc::clone(&a));
    println!(
        "strong cycle: a has {} owners, b has {}",
        Rc::strong_count(&a),
        Rc::strong_count(&b)
    );
    let probe = Rc::downgrade(&a);
    // `a` and `b` go out of scope here: each count drops from 2 to 1.
    // ANCHOR_END: strong_cycle
    probe
}

/// The same two nodes, with `b`'s link back to `a` a `Weak`: both are
/// freed when the caller's handles go. Returns a `Weak` to `a`, which no
/// longer upgrades afterwards.
pub fn weak_cycle() -> Weak<Node> {
    // ANCHOR: weak_cycle
    let a = Rc::new(Node::default());
    let b = Rc::new(Node::default());
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    *b.back.borrow_mut() = Rc::downgrade(&a);
    println!(
        "weak back link: a has {} owner and {} weak link, b has {} owners",
        Rc::strong_count(&a),
        Rc::weak_count(&a),
        Rc::strong_count(&b)
    );
    let probe = Rc::downgrade(&a);
    // `a` goes to 0 owners and is freed; its `next` then frees `b`.
    // ANCHOR_END: weak_cycle
    probe
}
