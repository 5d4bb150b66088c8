//! Graded tests for make-new-nil-2: a stack linked with `Option<Box<Node>>`.

use make_new_nil_2::Stack;

fn stack_of(values: &[i32]) -> Stack {
    let mut stack = Stack::new();
    for &value in values {
        stack.push(value);
    }
    stack
}

graded::tests! {
    /// A new stack, and a default one, are empty.
    fn a_new_stack_is_empty() {
        for stack in [Stack::new(), Stack::default()] {
            assert!(stack.is_empty(), "a new stack should be empty");
            assert_eq!(stack.len(), 0, "a new stack should hold 0 values");
            assert_eq!(stack.peek(), None, "a new stack has no top value: peek is None");
            assert!(stack.to_vec().is_empty(), "a new stack lists no values");
        }
    }

    /// `pop` on an empty stack is `None`, not a zero and not a panic.
    fn pop_on_empty_is_none() {
        let mut stack = Stack::new();
        assert_eq!(
            stack.pop(),
            None,
            "popping an empty stack should return None: not Go's zero value Some(0), and \
             not a panic (Go's nil head dereferenced)"
        );
        stack.push(5);
        assert_eq!(stack.pop(), Some(5), "push(5) then pop() should give 5 back");
        assert_eq!(
            stack.pop(),
            None,
            "after its only value was popped, the stack is empty again: pop is None"
        );
        assert_eq!(stack.len(), 0, "a stack emptied by pop should hold 0 values");
    }

    /// Values come off in the reverse of the order they went on.
    fn pop_returns_the_last_pushed_first() {
        let mut stack = stack_of(&[1, 2, 3]);
        assert_eq!(stack.peek(), Some(3), "after pushing 1, 2, 3 the top is 3");
        let popped: Vec<Option<i32>> = (0..4).map(|_| stack.pop()).collect();
        assert_eq!(
            popped,
            [Some(3), Some(2), Some(1), None],
            "pushing 1, 2, 3 then popping four times should give 3, 2, 1 and then None: \
             a stack is last in, first out"
        );
    }

    /// `peek` looks at the top without taking it off.
    fn peek_leaves_the_value_on_the_stack() {
        let stack = stack_of(&[7, 8]);
        assert_eq!(stack.peek(), Some(8), "the top of [7, 8] (8 pushed last) is 8");
        assert_eq!(stack.peek(), Some(8), "peeking twice should see the same top: peek must not pop");
        assert_eq!(stack.len(), 2, "peek should not change how many values the stack holds");
    }

    /// `len` and `is_empty` follow every push and pop.
    fn len_follows_pushes_and_pops() {
        let mut stack = Stack::new();
        for n in 1..=5 {
            stack.push(n * 10);
            assert_eq!(stack.len(), n as usize, "after {n} pushes the stack holds {n} values");
        }
        for left in (0..5).rev() {
            stack.pop();
            assert_eq!(
                stack.len(),
                left,
                "after a pop the stack should hold one value fewer ({left}): a count kept \
                 by hand has to go down on every pop"
            );
            assert_eq!(
                stack.is_empty(),
                left == 0,
                "is_empty should be true exactly when no values are left ({left} left)"
            );
        }
    }

    /// `to_vec` lists the values from the top down, and changes nothing.
    fn to_vec_lists_top_first() {
        let stack = stack_of(&[1, 2, 3, 4]);
        assert_eq!(
            stack.to_vec(),
            [4, 3, 2, 1],
            "to_vec of the stack made by pushing 1, 2, 3, 4 should list the top first: \
             [4, 3, 2, 1]"
        );
        assert_eq!(stack.len(), 4, "to_vec should leave the stack as it was");
    }

    /// `reverse` turns the stack upside down and keeps every value.
    fn reverse_turns_the_stack_upside_down() {
        let mut stack = stack_of(&[1, 2, 3, 4]);
        stack.reverse();
        assert_eq!(
            stack.to_vec(),
            [1, 2, 3, 4],
            "after reverse the bottom value (1) should be on top, and every value should \
             still be there"
        );
        assert_eq!(stack.len(), 4, "reverse should keep the number of values");
        assert_eq!(stack.pop(), Some(1), "after reverse, pop should give the old bottom value");
        stack.push(9);
        assert_eq!(
            stack.to_vec(),
            [9, 2, 3, 4],
            "a reversed stack should still work as a stack: push puts 9 on top"
        );
    }

    /// Reversing an empty stack, or a stack of one, changes nothing.
    fn reverse_of_empty_or_one() {
        let mut empty = Stack::new();
        empty.reverse();
        assert!(empty.is_empty(), "reversing an empty stack leaves it empty");
        let mut one = stack_of(&[42]);
        one.reverse();
        assert_eq!(one.to_vec(), [42], "reversing a stack of one value leaves it as it was");
    }
}
