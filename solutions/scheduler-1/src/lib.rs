//! An M:N work-stealing executor, Go's G-M-P in a page: one local run queue
//! per worker (a P's `runq`), a global queue (`sched.runq`), and idle workers
//! that steal from the others before they give up.
//!
//! Run the tests with `cargo test -p scheduler-1`; ask for a hint with
//! `cargo course hint scheduler-1`.

use std::iter;
use std::thread;

use crossbeam_deque::{Injector, Steal, Stealer, Worker};

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
        assert!(workers > 0, "an executor needs at least one worker");
        Executor {
            global: Injector::new(),
            locals: (0..workers).map(|_| Worker::new_fifo()).collect(),
        }
    }

    /// How many workers `run` starts.
    pub fn workers(&self) -> usize {
        self.locals.len()
    }

    /// Queues `task` on the global queue, where any worker may take it.
    pub fn push_global(&self, task: impl FnOnce() + Send + 'static) {
        self.global.push(Box::new(task));
    }

    /// Queues `task` on worker `worker`'s local queue; the others can only
    /// get it by stealing.
    ///
    /// # Panics
    ///
    /// If there is no such worker.
    pub fn push_local(&self, worker: usize, task: impl FnOnce() + Send + 'static) {
        self.locals[worker].push(Box::new(task));
    }

    /// Starts the workers, runs every queued task exactly once, and returns
    /// when all are done with how many tasks each worker ran.
    ///
    /// A worker looks for work in its own queue first, then takes a batch
    /// from the global queue, then steals a batch from another worker; it
    /// stops when all of them are empty. No thread outlives `run`.
    pub fn run(self) -> Vec<usize> {
        let Executor { global, locals } = self;
        let stealers: Vec<Stealer<Task>> = locals.iter().map(Worker::stealer).collect();
        thread::scope(|scope| {
            let workers: Vec<_> = locals
                .into_iter()
                .enumerate()
                .map(|(me, local)| {
                    let (global, stealers) = (&global, &stealers);
                    scope.spawn(move || {
                        let mut ran = 0;
                        while let Some(task) = next_task(me, &local, global, stealers) {
                            task();
                            ran += 1;
                        }
                        ran
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|worker| worker.join().expect("a task panicked"))
                .collect()
        })
    }
}

/// The next task for worker `me`: its own queue, then the global queue, then
/// the others'. `None` once every queue is empty.
fn next_task(
    me: usize,
    local: &Worker<Task>,
    global: &Injector<Task>,
    stealers: &[Stealer<Task>],
) -> Option<Task> {
    local.pop().or_else(|| {
        iter::repeat_with(|| {
            global.steal_batch_and_pop(local).or_else(|| {
                stealers
                    .iter()
                    .enumerate()
                    .filter(|(other, _)| *other != me)
                    .map(|(_, stealer)| stealer.steal_batch_and_pop(local))
                    .collect()
            })
        })
        // Retry means another thread raced us: look again.
        .find(|steal| !steal.is_retry())
        .and_then(Steal::success)
    })
}
