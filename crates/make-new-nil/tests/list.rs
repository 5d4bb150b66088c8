//! The linked list ends in `None`; walking it stops there.

use make_new_nil::list::{Node, last, sum};

#[test]
fn a_list_built_by_hand_is_nested_options() {
    let list = Node::link(1, Node::link(2, None));
    let spelled_out = Some(Box::new(Node {
        value: 1,
        next: Some(Box::new(Node {
            value: 2,
            next: None,
        })),
    }));
    assert_eq!(list, spelled_out);
}

#[test]
fn sum_walks_to_the_end() {
    let list = Node::link(1, Node::link(2, Node::link(3, None)));
    assert_eq!(sum(list.as_deref()), 6);
    assert_eq!(sum(None), 0);
}

#[test]
fn last_is_none_for_an_empty_list() {
    let list = Node::link(1, Node::link(2, Node::link(3, None)));
    assert_eq!(last(list.as_deref()), Some(3));
    assert_eq!(last(Node::link(9, None).as_deref()), Some(9));
    assert_eq!(last(None), None);
}

// ANCHOR: same_size
#[test]
fn none_costs_no_space_next_to_a_box() {
    use std::mem::size_of;
    // None is stored as the null pointer a Box can
    // never be: Go's nil, checked by the compiler
    assert_eq!(size_of::<Option<Box<Node>>>(), size_of::<Box<Node>>());
    assert_eq!(size_of::<Option<&Node>>(), size_of::<&Node>());
}
// ANCHOR_END: same_size
