//! A task scheduler: the task with the earliest deadline runs first, and
//! tasks with the same deadline run in the order they were added.
//!
//! In Go this is a `container/heap` priority queue: a slice of tasks with a
//! `Less` that compares deadlines, and `heap.Push` / `heap.Pop`. In Rust it
//! is a `std::collections::BinaryHeap`, which pops its *greatest* element.
//!
//! Run the tests with `cargo test -p containers-1`; ask for a hint with
//! `cargo course hint containers-1`.

/// Tasks waiting to run, earliest deadline first.
#[derive(Debug, Default)]
pub struct Scheduler {
    // TODO: in Go you would write `type TaskQueue []*Task` and the five
    // methods of heap.Interface, with `Less` comparing deadlines. Here keep
    // a `BinaryHeap` of tasks instead. It pops the greatest first, so wrap
    // each task in `std::cmp::Reverse` to pop the smallest. Give the task
    // type an `Ord` that compares the deadline, then the order the tasks
    // were added in (a counter you keep here: Go's `index` field is a place
    // in the slice, not an insertion order).
}

impl Scheduler {
    /// An empty scheduler.
    pub fn new() -> Scheduler {
        // TODO: Go's `q := &TaskQueue{}`; an empty heap and a counter at 0.
        todo!()
    }

    /// Queues the task `name`, due at `deadline`.
    pub fn add(&mut self, name: &str, deadline: u64) {
        // TODO: Go's `heap.Push(q, &Task{name, deadline})`: push the task,
        // with the number of tasks added before it, and count it.
        todo!()
    }

    /// Takes the task to run next: the earliest deadline, and of the tasks
    /// with that deadline the one added first. `None` when no task waits.
    pub fn next_task(&mut self) -> Option<String> {
        // TODO: Go's `heap.Pop(q).(*Task).name`, but Go's Pop panics on an
        // empty heap; `BinaryHeap::pop` returns an Option.
        todo!()
    }

    /// The name of the task [`next_task`](Scheduler::next_task) would take,
    /// without taking it.
    pub fn peek(&self) -> Option<&str> {
        // TODO: Go's `(*q)[0].name` (after checking `q.Len() > 0`).
        todo!()
    }

    /// How many tasks wait.
    pub fn len(&self) -> usize {
        // TODO: Go's `q.Len()`.
        todo!()
    }

    /// Whether no task waits.
    pub fn is_empty(&self) -> bool {
        // TODO: Go's `q.Len() == 0`.
        todo!()
    }
}
