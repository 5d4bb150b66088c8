//! A priority queue of structs: `BinaryHeap<Job>`, ordered by a key.
//!
//! Go orders a heap of structs with the `Less` method it writes for the
//! slice type. Rust orders a `BinaryHeap<T>` with `T`'s own [`Ord`], and
//! `BinaryHeap` pops the *greatest* value first. So the struct says what
//! "greatest" means: here, the highest priority. `#[derive(Ord)]` would not
//! do: it compares the fields in the order they are declared, `name` first,
//! and the queue would pop jobs in reverse alphabetical order.
//!
//! ```
//! use std::collections::BinaryHeap;
//! use containers::jobs::Job;
//!
//! let mut queue = BinaryHeap::from([Job::new("email", 3), Job::new("build", 5)]);
//! assert_eq!(queue.peek().map(|job| job.name.as_str()), Some("build"));
//! assert_eq!(queue.pop().map(|job| job.priority), Some(5));
//! ```

use std::cmp::Ordering;

// ANCHOR: job
/// A job waiting to run: the higher the priority, the sooner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub name: String,
    pub priority: u32,
}

/// The order the queue pops in: the highest priority is the
/// greatest; between equal priorities, the name that sorts
/// first, so that ties pop in a fixed order.
impl Ord for Job {
    fn cmp(&self, other: &Job) -> Ordering {
        self.priority
            .cmp(&other.priority)
            .then_with(|| other.name.cmp(&self.name))
    }
}

/// Must agree with `Ord`: it is what `<` and `>` use.
impl PartialOrd for Job {
    fn partial_cmp(&self, other: &Job) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
// ANCHOR_END: job

impl Job {
    /// A job called `name` with this priority.
    pub fn new(name: &str, priority: u32) -> Job {
        Job {
            name: name.to_owned(),
            priority,
        }
    }
}
