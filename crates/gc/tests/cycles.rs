//! The Rc cycle leaks; the Weak back link frees both nodes.

use std::rc::Rc;

use gc::rc_cycle::{Node, dropped, strong_cycle, weak_cycle};

#[test]
fn a_strong_cycle_is_never_dropped() {
    let before = dropped();
    let probe = strong_cycle();
    assert_eq!(dropped(), before, "a node of the strong cycle was dropped");
    let a = probe.upgrade().expect("a is still alive");
    // a's owners: b.next and this upgrade.
    assert_eq!(Rc::strong_count(&a), 2);
    // Break the cycle by hand so the test leaks nothing.
    a.next.borrow_mut().take();
    drop(a);
    assert_eq!(dropped(), before + 2, "breaking the cycle frees both nodes");
}

#[test]
fn a_weak_back_link_frees_both() {
    let before = dropped();
    let probe = weak_cycle();
    assert_eq!(dropped(), before + 2, "both nodes are dropped");
    assert!(
        probe.upgrade().is_none(),
        "a Weak to a freed node does not upgrade"
    );
}

#[test]
fn a_weak_link_does_not_count_as_an_owner() {
    let a = Rc::new(Node::default());
    let b = Rc::new(Node::default());
    *b.back.borrow_mut() = Rc::downgrade(&a);
    assert_eq!(Rc::strong_count(&a), 1);
    assert_eq!(Rc::weak_count(&a), 1);
    drop(a);
    assert!(b.back.borrow().upgrade().is_none());
}
