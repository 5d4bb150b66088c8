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
//!
//! Run the tests with `cargo test -p make-new-nil-2`; ask for a hint with
//! `cargo course hint make-new-nil-2`.

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
        // TODO: Go's zero value `Stack{}` is already an empty stack (nil
        // head, size 0). The derived `Default` gives the same: `None`, 0.
        todo!()
    }

    /// Puts `value` on top of the stack.
    pub fn push(&mut self, value: i32) {
        // TODO: Go: `s.head = &node{value: v, next: s.head}; s.size++`.
        // Rust will not let you copy `self.head` (a Box has one owner):
        // move it out with `self.head.take()`, which leaves `None` in its
        // place, then store `Some(Box::new(Node { .. }))` as the new head.
        todo!()
    }

    /// Takes the top value off the stack, or `None` when it is empty.
    pub fn pop(&mut self) -> Option<i32> {
        // TODO: Go: `if s.head == nil { return 0, false }; n := s.head;
        // s.head = n.next; s.size--; return n.value, true`. Take the head
        // out (`take()`, and `?` returns None for an empty stack), make its
        // `next` the new head, and keep the count right.
        todo!()
    }

    /// The top value, left on the stack; `None` when it is empty.
    pub fn peek(&self) -> Option<i32> {
        // TODO: Go: `if s.head == nil { return 0, false }; return
        // s.head.value, true`. Look without taking: `self.head.as_ref()`
        // is an `Option<&Box<Node>>`; `map` it to the value.
        todo!()
    }

    /// How many values the stack holds.
    pub fn len(&self) -> usize {
        // TODO: Go's `s.size`.
        todo!()
    }

    /// Whether the stack holds no values.
    pub fn is_empty(&self) -> bool {
        // TODO: Go's `s.head == nil`.
        todo!()
    }

    /// The values from the top of the stack to the bottom.
    pub fn to_vec(&self) -> Vec<i32> {
        // TODO: Go: `for n := s.head; n != nil; n = n.next { out =
        // append(out, n.value) }`. In Rust, walk with a borrowed
        // `Option<&Node>`: start at `self.head.as_deref()`, loop with
        // `while let Some(n) = node`, step with `n.next.as_deref()`.
        todo!()
    }

    /// Turns the stack upside down, in place: the bottom value ends on top.
    /// No node is allocated or freed; each is relinked.
    pub fn reverse(&mut self) {
        // TODO: Go: `var prev *node; for n := s.head; n != nil; { next :=
        // n.next; n.next = prev; prev = n; n = next }; s.head = prev`.
        // The same in Rust, with owned `Option<Box<Node>>`s moved by
        // `take()` instead of pointers copied.
        todo!()
    }
}
