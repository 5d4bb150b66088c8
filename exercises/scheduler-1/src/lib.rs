//! An M:N work-stealing executor, Go's G-M-P in a page: one local run queue
//! per worker (a P's `runq`), a global queue (`sched.runq`), and idle workers
//! that steal from the others before they give up.
//!
//! Run the tests with `cargo test -p scheduler-1`; ask for a hint with
//! `cargo course hint scheduler-1`.

use crossbeam_deque::{Injector, Worker};

/// A unit of work: Go's G, minus its stack.
pub type Task = Box<dyn FnOnce() + Send + 'static>;

/// A fixed set of tasks and the queues they wait in, run by `workers` OS
/// threads (Go's Ms, each holding one P).
pub struct Executor {
    global: Injector<Task>,
    locals: Vec<Worker<Task>>,
}

impl Executor {
    /// An executor with `workers` worker threads (at least 1), all queues
    /// empty.
    ///
    /// # Panics
    ///
    /// If `workers` is 0.
    pub fn new(workers: usize) -> Executor {
        // TODO: one `Injector` for the global queue and one
        // `Worker::new_fifo()` per worker for the local queues.
        todo!()
    }

    /// How many workers `run` starts.
    pub fn workers(&self) -> usize {
        todo!()
    }

    /// Queues `task` on the global queue, where any worker may take it.
    pub fn push_global(&self, task: impl FnOnce() + Send + 'static) {
        todo!()
    }

    /// Queues `task` on worker `worker`'s local queue; the others can only
    /// get it by stealing.
    ///
    /// # Panics
    ///
    /// If there is no such worker.
    pub fn push_local(&self, worker: usize, task: impl FnOnce() + Send + 'static) {
        todo!()
    }

    /// Starts the workers, runs every queued task exactly once, and returns
    /// when all are done with how many tasks each worker ran.
    ///
    /// A worker looks for work in its own queue first, then takes a batch
    /// from the global queue, then steals a batch from another worker; it
    /// stops when all of them are empty. No thread outlives `run`.
    pub fn run(self) -> Vec<usize> {
        // TODO: take each local `Worker` into a thread of its own
        // (`std::thread::scope`), give every thread the `Stealer`s of all
        // queues, and loop: `pop` your own queue, else
        // `steal_batch_and_pop` from the global queue, else from the other
        // workers; `Steal::Retry` means look again, all `Empty` means stop.
        todo!()
    }
}
