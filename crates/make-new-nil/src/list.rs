//! A singly linked list, whose end is `None` where Go's is `nil`.
//!
//! Go links nodes with `*Node` and ends the list with a nil pointer; every
//! `n.Next.Value` is a possible nil dereference, found at run time. Rust
//! links them with `Option<Box<Node>>`: `Box` owns the next node on the
//! heap (Go's `new`, with one owner instead of a collector), and `Option`
//! says in the type that there may be none. The compiler refuses to read
//! a field of the next node until the code has checked it is `Some`.
//!
//! ```
//! use make_new_nil::list::{sum, Node};
//!
//! let list = Node::link(1, Node::link(2, Node::link(3, None)));
//! assert_eq!(sum(list.as_deref()), 6);
//! assert_eq!(sum(None), 0); // Go's sum(nil)
//! ```

// ANCHOR: node
/// One node of the list: a value and the rest of the list, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub value: i32,
    pub next: Option<Box<Node>>,
}
// ANCHOR_END: node

impl Node {
    /// A new node holding `value`, in front of `next`: Go's
    /// `&Node{value, next}`.
    pub fn link(value: i32, next: Option<Box<Node>>) -> Option<Box<Node>> {
        Some(Box::new(Node { value, next }))
    }
}

// ANCHOR: sum
/// The sum of the values from `head` to the end of the list; 0 for an
/// empty list (`None`, Go's nil).
pub fn sum(head: Option<&Node>) -> i32 {
    let mut total = 0;
    let mut node = head;
    while let Some(n) = node {
        total += n.value;
        // Option<Box<Node>> -> Option<&Node>
        node = n.next.as_deref();
    }
    total
}
// ANCHOR_END: sum

// ANCHOR: last
/// The last value of the list, or `None` for an empty one. Where Go would
/// write `for n.Next != nil { n = n.Next }` and could forget the nil
/// check on `head`, the `?` returns `None` at once when `head` is `None`.
pub fn last(head: Option<&Node>) -> Option<i32> {
    let mut node = head?;
    while let Some(next) = node.next.as_deref() {
        node = next;
    }
    Some(node.value)
}
// ANCHOR_END: last
