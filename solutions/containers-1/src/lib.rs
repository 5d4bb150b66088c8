//! A task scheduler: the task with the earliest deadline runs first, and
//! tasks with the same deadline run in the order they were added.
//!
//! In Go this is a `container/heap` priority queue: a slice of tasks with a
//! `Less` that compares deadlines, and `heap.Push` / `heap.Pop`. In Rust it
//! is a [`BinaryHeap`], which pops its *greatest* element, so the earliest
//! deadline has to be made the greatest (with [`Reverse`]), and the order
//! between two tasks comes from their type's [`Ord`].

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A task in the queue. `Ord` is derived, and a derived `Ord` compares the
/// fields top to bottom: the deadline first, then the number the task got
/// when it was added (so that equal deadlines keep their order), and the
/// name last (never reached: every task's number is different).
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task {
    deadline: u64,
    added: u64,
    name: String,
}

/// Tasks waiting to run, earliest deadline first.
#[derive(Debug, Default)]
pub struct Scheduler {
    /// `Reverse` turns the max-heap into a min-heap: the task with the
    /// smallest `(deadline, added)` is the greatest.
    queue: BinaryHeap<Reverse<Task>>,
    /// How many tasks were ever added: the next task's `added` number.
    added: u64,
}

impl Scheduler {
    /// An empty scheduler.
    pub fn new() -> Scheduler {
        Scheduler::default()
    }

    /// Queues the task `name`, due at `deadline`.
    pub fn add(&mut self, name: &str, deadline: u64) {
        let task = Task {
            deadline,
            added: self.added,
            name: name.to_owned(),
        };
        self.added += 1;
        self.queue.push(Reverse(task));
    }

    /// Takes the task to run next: the earliest deadline, and of the tasks
    /// with that deadline the one added first. `None` when no task waits.
    pub fn next_task(&mut self) -> Option<String> {
        self.queue.pop().map(|Reverse(task)| task.name)
    }

    /// The name of the task [`next_task`](Scheduler::next_task) would take,
    /// without taking it.
    pub fn peek(&self) -> Option<&str> {
        self.queue.peek().map(|Reverse(task)| task.name.as_str())
    }

    /// How many tasks wait.
    pub fn len(&self) -> usize {
        self.queue.len()
    }

    /// Whether no task waits.
    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }
}
