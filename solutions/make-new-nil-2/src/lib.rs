//! A stack of numbers as a linked list: each node owns the next one in an
//! `Option<Box<Node>>`, where Go links them with a `*node` that is nil at
//! the end.
//!
//! Go would write `type node struct { value int; next *node }` and check
//! `s.head != nil` by hand before every dereference; forgetting once is a
//! nil pointer panic at run time. Here `Option` says in the type that the
//! next node may be missing, `Box` owns it on the heap (Go's `&node{…}`,
//! with one owner instead of a garbage collector), and `Option::take`
//! moves a node out of its place and leaves `None` behind, which is how
//! a node is unlinked without a second owner.

/// One node: a value and the rest of the stack below it.
#[derive(Debug)]
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

/// A last-in, first-out stack of `i32`s. `Stack::default()` is the empty
/// stack, as Go's zero `Stack{}` with a nil head is.
#[derive(Debug, Default)]
pub struct Stack {
    /// The top node, `None` when the stack is empty.
    head: Option<Box<Node>>,
    /// How many values the stack holds.
    len: usize,
}

impl Stack {
    /// An empty stack.
    pub fn new() -> Stack {
        Stack::default()
    }

    /// Puts `value` on top of the stack.
    pub fn push(&mut self, value: i32) {
        let below = self.head.take();
        self.head = Some(Box::new(Node { value, next: below }));
        self.len += 1;
    }

    /// Takes the top value off the stack, or `None` when it is empty.
    pub fn pop(&mut self) -> Option<i32> {
        let top = self.head.take()?;
        self.head = top.next;
        self.len -= 1;
        Some(top.value)
    }

    /// The top value, left on the stack; `None` when it is empty.
    pub fn peek(&self) -> Option<i32> {
        self.head.as_ref().map(|node| node.value)
    }

    /// How many values the stack holds.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the stack holds no values.
    pub fn is_empty(&self) -> bool {
        self.head.is_none()
    }

    /// The values from the top of the stack to the bottom.
    pub fn to_vec(&self) -> Vec<i32> {
        let mut values = Vec::with_capacity(self.len);
        let mut node = self.head.as_deref();
        while let Some(n) = node {
            values.push(n.value);
            node = n.next.as_deref();
        }
        values
    }

    /// Turns the stack upside down, in place: the bottom value ends on top.
    /// No node is allocated or freed; each is relinked.
    pub fn reverse(&mut self) {
        let mut reversed: Option<Box<Node>> = None;
        let mut rest = self.head.take();
        while let Some(mut node) = rest {
            rest = node.next.take();
            node.next = reversed;
            reversed = Some(node);
        }
        self.head = reversed;
    }
}
