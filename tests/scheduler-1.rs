//! Graded tests for scheduler-1: an M:N work-stealing executor.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use scheduler_1::Executor;

/// A meeting of `parties` tasks: each waits (at most a second) until all
/// have arrived, and records whether they met. Tasks that meet ran at the
/// same time, so on different workers.
#[derive(Clone)]
struct Meeting {
    parties: usize,
    patience: Duration,
    state: Arc<(Mutex<(usize, usize)>, Condvar)>,
}

impl Meeting {
    fn new(parties: usize) -> Meeting {
        Meeting::with_patience(parties, Duration::from_secs(1))
    }

    /// A meeting whose parties wait at most `patience` for the others.
    fn with_patience(parties: usize, patience: Duration) -> Meeting {
        Meeting {
            parties,
            patience,
            state: Arc::new((Mutex::new((0, 0)), Condvar::new())),
        }
    }

    /// Arrives, waits for the others; counts this party as met if they came.
    fn attend(&self) {
        let (lock, all_here) = &*self.state;
        let mut state = lock
            .lock()
            .expect("a meeting task panicked holding the lock");
        state.0 += 1;
        all_here.notify_all();
        let (mut state, waited) = all_here
            .wait_timeout_while(state, self.patience, |s| s.0 < self.parties)
            .expect("a meeting task panicked holding the lock");
        if !waited.timed_out() {
            state.1 += 1;
        }
    }

    fn met(&self) -> usize {
        self.state
            .0
            .lock()
            .expect("a meeting task panicked holding the lock")
            .1
    }
}

thread_local! {
    /// Set by a task on the worker thread it runs on: sends the worker's
    /// index when that thread ends, after its loop has found no more work.
    static FAREWELL: RefCell<Option<Farewell>> = const { RefCell::new(None) };
}

/// Sends `worker` when dropped, at the end of its thread.
struct Farewell {
    worker: usize,
    gone: Sender<usize>,
}

impl Drop for Farewell {
    fn drop(&mut self) {
        let _ = self.gone.send(self.worker);
    }
}

graded::tests! {
    /// Every task runs exactly once, whichever queue it was put in, and the
    /// per-worker counts add up to the number of tasks.
    fn every_task_runs_exactly_once() {
        let _serial = leakcheck::serial();
        let _no_leaks = leakcheck::Guard::new();
        for round in 0..20 {
            let workers = 2 + round % 3;
            let executor = Executor::new(workers);
            assert_eq!(executor.workers(), workers, "Executor::new({workers}).workers()");
            let runs: Arc<Vec<AtomicU8>> = Arc::new((0..3000).map(|_| AtomicU8::new(0)).collect());
            for task in 0..3000 {
                let runs = Arc::clone(&runs);
                let job = move || {
                    runs[task].fetch_add(1, Ordering::SeqCst);
                };
                if task % 3 == 0 {
                    executor.push_global(job);
                } else {
                    executor.push_local(task % workers, job);
                }
            }
            let counts = executor.run();
            assert_eq!(counts.len(), workers, "one count per worker: {counts:?}");
            for (task, ran) in runs.iter().enumerate() {
                let ran = ran.load(Ordering::SeqCst);
                assert_eq!(
                    ran, 1,
                    "task {task} ran {ran} times instead of once, with {workers} workers: a worker \
                     must not stop while a queue still holds tasks (`Steal::Retry` means look \
                     again, not give up)"
                );
            }
            assert_eq!(
                counts.iter().sum::<usize>(),
                3000,
                "the counts should add up to the 3000 tasks run: {counts:?} (count every task a \
                 worker runs, stolen ones too)"
            );
        }
    }

    /// With every task in worker 0's local queue, the idle worker steals:
    /// two tasks that wait for each other meet, and both workers ran some.
    fn idle_workers_steal_from_a_busy_one() {
        let _serial = leakcheck::serial();
        for _ in 0..10 {
            let executor = Executor::new(2);
            let meeting = Meeting::new(2);
            for task in 0..100 {
                let meeting = meeting.clone();
                executor.push_local(0, move || {
                    if task < 2 {
                        meeting.attend();
                    }
                });
            }
            let counts = executor.run();
            assert_eq!(
                meeting.met(),
                2,
                "the two meeting tasks never ran at the same time: the idle worker did not steal \
                 from the busy one's queue"
            );
            assert!(counts.iter().all(|&n| n > 0), "every worker should have run some tasks: {counts:?}");
            assert_eq!(counts.iter().sum::<usize>(), 100, "the counts should add up to 100: {counts:?}");
        }
    }

    /// Tasks on the global queue are taken by every worker: three tasks
    /// that wait for each other meet on three workers.
    fn all_workers_take_from_the_global_queue() {
        let _serial = leakcheck::serial();
        let executor = Executor::new(3);
        let meeting = Meeting::new(3);
        for _ in 0..3 {
            let meeting = meeting.clone();
            executor.push_global(move || meeting.attend());
        }
        let counts = executor.run();
        assert_eq!(
            meeting.met(),
            3,
            "three meeting tasks should run at once on three workers: every worker takes from \
             the global queue, and steals what another took in a batch"
        );
        assert_eq!(counts, [1, 1, 1], "each of the 3 workers should have run one meeting task");
    }

    /// One worker runs everything; with nothing queued, `run` returns at
    /// once with zero counts, and no worker thread is left behind.
    fn run_ends_when_every_queue_is_empty() {
        let _serial = leakcheck::serial();
        let _no_leaks = leakcheck::Guard::new();
        let executor = Executor::new(1);
        for _ in 0..50 {
            executor.push_global(|| {});
        }
        let counts = executor.run();
        assert_eq!(counts, [50], "one worker should run all 50 global tasks");
        let counts = Executor::new(4).run();
        assert_eq!(counts, [0, 0, 0, 0], "with nothing queued, every worker runs nothing");
    }

    /// A run queue is first in, first out: one worker runs its local tasks,
    /// and the global ones, in the order they were queued.
    fn tasks_run_in_the_order_they_were_queued() {
        let _serial = leakcheck::serial();
        let _no_leaks = leakcheck::Guard::new();
        for global in [false, true] {
            let executor = Executor::new(1);
            let order = Arc::new(Mutex::new(Vec::new()));
            for task in 0..40 {
                let order = Arc::clone(&order);
                let job = move || order.lock().expect("a task panicked holding the lock").push(task);
                if global { executor.push_global(job) } else { executor.push_local(0, job) }
            }
            let counts = executor.run();
            assert_eq!(counts, [40], "one worker should run all 40 tasks");
            let order = order.lock().expect("a task panicked holding the lock");
            let queue = if global { "global" } else { "local" };
            assert!(
                order.iter().copied().eq(0..40),
                "the {queue} tasks ran in the order {order:?}: a run queue is first in, first \
                 out (`Worker::new_fifo()`, not `new_lifo()`)"
            );
        }
    }

    /// `run` returns each worker's count in the worker's place, whichever
    /// worker finishes first. Here worker i runs exactly its own i-th share
    /// (every worker is busy until all have met), and the workers finish
    /// last one first.
    fn counts_are_in_worker_order() {
        let _serial = leakcheck::serial();
        let _no_leaks = leakcheck::Guard::new();
        let fillers = [3, 1, 2];
        let executor = Executor::new(3);
        let meeting = Meeting::new(3);
        // Channel k says that worker k's thread has ended; worker k - 1's
        // last task waits for it.
        let (gone_tx, gone_rx): (Vec<_>, Vec<_>) = (0..3).map(|_| mpsc::channel::<usize>()).unzip();
        let mut gone_rx: Vec<_> = gone_rx.into_iter().map(Some).collect();
        let late = Arc::new(Mutex::new(Vec::new()));
        for (worker, &count) in fillers.iter().enumerate() {
            for _ in 0..count {
                executor.push_local(worker, || {});
            }
            let (meeting, late) = (meeting.clone(), Arc::clone(&late));
            let my_farewell = gone_tx[worker].clone();
            let next_gone = gone_rx.get_mut(worker + 1).and_then(Option::take);
            // Last in its worker's queue: nobody is idle, so nobody steals,
            // until all three have met.
            executor.push_local(worker, move || {
                meeting.attend();
                FAREWELL.with(|farewell| {
                    *farewell.borrow_mut() = Some(Farewell { worker, gone: my_farewell });
                });
                // Finish only once the next worker's thread has ended.
                if let Some(next_gone) = next_gone
                    && next_gone.recv_timeout(Duration::from_secs(1)) != Ok(worker + 1)
                {
                    late.lock().expect("a task panicked holding the lock").push(worker);
                }
            });
        }
        drop(gone_tx);
        let counts = executor.run();
        assert_eq!(meeting.met(), 3, "the three workers' last tasks should have met");
        let late = late.lock().expect("a task panicked holding the lock");
        assert!(late.is_empty(), "workers {late:?} waited in vain for the next worker to end");
        assert_eq!(
            counts,
            [4, 2, 3],
            "worker i ran {fillers:?}[i] + 1 tasks, but run returned {counts:?}: put each \
             worker's count in its own place (join the workers in order), not in the order they \
             finished"
        );
    }

    /// No worker gives up while another still has tasks it could steal: a
    /// steal that lost a race (`Steal::Retry`) is not an empty queue. Both
    /// workers meet first (one task in each own queue); then one pops
    /// thousands of empty tasks as fast as it can while the other steals from
    /// it, so that their steals and pops race; two tasks at the end need both
    /// workers still there. (A race cannot be forced from outside the deque:
    /// 50 rounds make a missed `Retry` show all but surely.)
    fn no_worker_gives_up_while_tasks_remain() {
        const ROUNDS: usize = 50;
        const QUICK: usize = 10_000;
        let _serial = leakcheck::serial();
        for round in 0..ROUNDS {
            let executor = Executor::new(2);
            // One on each worker's own queue: each runs its own first.
            let start = Meeting::with_patience(2, Duration::from_millis(300));
            for worker in 0..2 {
                let start = start.clone();
                executor.push_local(worker, move || start.attend());
            }
            let meeting = Meeting::with_patience(2, Duration::from_millis(300));
            for _ in 0..QUICK {
                executor.push_local(0, || {
                    std::hint::black_box(0);
                });
            }
            for _ in 0..2 {
                let meeting = meeting.clone();
                executor.push_local(0, move || meeting.attend());
            }
            let counts = executor.run();
            assert_eq!(
                counts.iter().sum::<usize>(),
                QUICK + 4,
                "round {round}: the counts should add up to the {} tasks: {counts:?}",
                QUICK + 4
            );
            assert_eq!(
                start.met(),
                2,
                "round {round}: the two first tasks, one in each worker's own queue, never ran \
                 at the same time: each worker should pop its own queue first"
            );
            assert_eq!(
                meeting.met(),
                2,
                "round {round}: the two last tasks never ran at the same time ({counts:?}): a \
                 worker stopped while the other still had tasks. `Steal::Retry` means another \
                 thread raced you: look again; stop only when every queue is `Empty`"
            );
        }
    }
}
