//! Graded tests for scheduler-1: an M:N work-stealing executor.

use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use scheduler_1::Executor;

/// A meeting of `parties` tasks: each waits (at most a second) until all
/// have arrived, and records whether they met. Tasks that meet ran at the
/// same time, so on different workers.
#[derive(Clone)]
struct Meeting {
    parties: usize,
    state: Arc<(Mutex<(usize, usize)>, Condvar)>,
}

impl Meeting {
    fn new(parties: usize) -> Meeting {
        Meeting {
            parties,
            state: Arc::new((Mutex::new((0, 0)), Condvar::new())),
        }
    }

    /// Arrives, waits for the others; counts this party as met if they came.
    fn attend(&self) {
        let (lock, all_here) = &*self.state;
        let mut state = lock.lock().unwrap();
        state.0 += 1;
        all_here.notify_all();
        let (mut state, waited) = all_here
            .wait_timeout_while(state, Duration::from_secs(1), |s| s.0 < self.parties)
            .unwrap();
        if !waited.timed_out() {
            state.1 += 1;
        }
    }

    fn met(&self) -> usize {
        self.state.0.lock().unwrap().1
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
            assert_eq!(executor.workers(), workers);
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
            assert_eq!(counts.len(), workers, "one count per worker");
            assert_eq!(counts.iter().sum::<usize>(), 3000, "the counts should add up: {counts:?}");
            for (task, ran) in runs.iter().enumerate() {
                assert_eq!(ran.load(Ordering::SeqCst), 1, "task {task} ran a wrong number of times");
            }
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
            assert_eq!(meeting.met(), 2, "the two meeting tasks never ran at the same time: nobody stole");
            assert!(counts.iter().all(|&n| n > 0), "every worker should have run some tasks: {counts:?}");
            assert_eq!(counts.iter().sum::<usize>(), 100);
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
        assert_eq!(meeting.met(), 3, "three meeting tasks should run at once on three workers");
        assert_eq!(counts, [1, 1, 1]);
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
        assert_eq!(executor.run(), [50]);
        assert_eq!(Executor::new(4).run(), [0, 0, 0, 0]);
    }
}
