//! Graded tests for containers-1: a scheduler that runs the earliest
//! deadline first, and equal deadlines in the order they were added.

use containers_1::Scheduler;

/// Takes every task, in the order the scheduler gives them.
fn run_all(scheduler: &mut Scheduler) -> Vec<String> {
    std::iter::from_fn(|| scheduler.next_task()).collect()
}

/// A scheduler with these tasks added, in this order.
fn with_tasks(tasks: &[(&str, u64)]) -> Scheduler {
    let mut scheduler = Scheduler::new();
    for &(name, deadline) in tasks {
        scheduler.add(name, deadline);
    }
    scheduler
}

graded::tests! {
    /// The task with the smallest deadline runs first, whatever the order
    /// the tasks were added in.
    fn the_earliest_deadline_runs_first() {
        let mut scheduler = with_tasks(&[("deploy", 30), ("lint", 10), ("test", 20)]);
        assert_eq!(
            run_all(&mut scheduler),
            ["lint", "test", "deploy"],
            "the tasks should run by deadline, smallest first (10, 20, 30): a BinaryHeap pops \
             the greatest first, so without `Reverse` the latest deadline runs first"
        );
    }

    /// The deadline decides, not the name: tasks whose names sort the other
    /// way still run by deadline.
    fn the_deadline_decides_before_the_name() {
        let mut scheduler = with_tasks(&[("alpha", 3), ("beta", 1), ("gamma", 2)]);
        assert_eq!(
            run_all(&mut scheduler),
            ["beta", "gamma", "alpha"],
            "deadlines 1, 2, 3 are beta, gamma, alpha: the tasks ran in name order, so the \
             task's `Ord` compares the name first (a derived `Ord` compares the fields in the \
             order they are declared)"
        );
    }

    /// The deadline decides, not the insertion order: a task added later
    /// with an earlier deadline runs first.
    fn a_later_task_with_an_earlier_deadline_runs_first() {
        let mut scheduler = with_tasks(&[("backup", 50), ("report", 40)]);
        scheduler.add("alert", 5);
        assert_eq!(
            run_all(&mut scheduler),
            ["alert", "report", "backup"],
            "alert (deadline 5) was added last but is due first: the tasks ran in the order \
             they were added, so the insertion number is compared before the deadline"
        );
    }

    /// Tasks with the same deadline run in the order they were added (first
    /// in, first out), not in name order nor in reverse.
    fn equal_deadlines_run_in_the_order_they_were_added() {
        let names = ["zulu", "mike", "xray", "alpha", "kilo", "bravo", "yankee", "echo"];
        let mut scheduler = Scheduler::new();
        for name in names {
            scheduler.add(name, 7);
        }
        assert_eq!(
            run_all(&mut scheduler),
            names,
            "eight tasks with the same deadline should run in the order they were added: \
             without an insertion number a BinaryHeap breaks ties by the rest of the task \
             (the name) or in no promised order at all"
        );
    }

    /// Ties are first in, first out among the tasks of each deadline, with
    /// other deadlines mixed in.
    fn ties_are_fifo_within_each_deadline() {
        let mut scheduler = with_tasks(&[
            ("b2", 2),
            ("a1", 1),
            ("b1", 2),
            ("a3", 1),
            ("b3", 2),
            ("a2", 1),
        ]);
        assert_eq!(
            run_all(&mut scheduler),
            ["a1", "a3", "a2", "b2", "b1", "b3"],
            "deadline 1 first (a1, a3, a2, as added), then deadline 2 (b2, b1, b3, as added)"
        );
    }

    /// Ties stay first in, first out when tasks are added after others were
    /// taken: the insertion number must keep growing, it is not the queue's
    /// length (Go's `item.index = len(*pq)` is a place in the slice).
    fn ties_stay_fifo_after_tasks_were_taken() {
        let mut scheduler = with_tasks(&[("first", 1), ("second", 9), ("third", 9)]);
        assert_eq!(scheduler.next_task().as_deref(), Some("first"));
        scheduler.add("fourth", 9);
        scheduler.add("aaa-fifth", 9);
        assert_eq!(
            run_all(&mut scheduler),
            ["second", "third", "fourth", "aaa-fifth"],
            "the four tasks due at 9 should run in the order they were added, including the \
             two added after `first` was taken: numbering a task with the queue's current \
             length gives it the same number as a task still waiting"
        );
    }

    /// `next_task` on an empty scheduler is `None`, before and after tasks.
    fn an_empty_scheduler_has_no_next_task() {
        let mut scheduler = Scheduler::new();
        assert_eq!(scheduler.next_task(), None, "a new scheduler has no task to run");
        assert_eq!(scheduler.peek(), None, "a new scheduler has no task to peek at");
        scheduler.add("only", 4);
        assert_eq!(scheduler.next_task().as_deref(), Some("only"));
        assert_eq!(
            scheduler.next_task(),
            None,
            "after its only task was taken, the scheduler has none left"
        );
    }

    /// `peek` names the task `next_task` would take, and leaves it queued.
    fn peek_shows_the_next_task_without_taking_it() {
        let mut scheduler = with_tasks(&[("late", 8), ("soon", 2), ("later", 9)]);
        assert_eq!(
            scheduler.peek(),
            Some("soon"),
            "peek should name the task with the earliest deadline"
        );
        assert_eq!(scheduler.peek(), Some("soon"), "a second peek should name the same task");
        assert_eq!(scheduler.len(), 3, "peek must not take the task out");
        assert_eq!(scheduler.next_task().as_deref(), Some("soon"));
        assert_eq!(
            scheduler.peek(),
            Some("late"),
            "after `soon` was taken, peek should name the next earliest, `late`"
        );
    }

    /// `len` and `is_empty` count the tasks that wait.
    fn len_counts_the_waiting_tasks() {
        let mut scheduler = Scheduler::new();
        assert!(scheduler.is_empty(), "a new scheduler is empty");
        assert_eq!(scheduler.len(), 0, "a new scheduler has 0 tasks");
        scheduler.add("a", 1);
        scheduler.add("b", 1);
        scheduler.add("c", 3);
        assert_eq!(scheduler.len(), 3, "three tasks were added and none taken");
        assert!(!scheduler.is_empty(), "a scheduler with tasks is not empty");
        scheduler.next_task();
        assert_eq!(scheduler.len(), 2, "one of three tasks was taken: 2 wait");
        scheduler.next_task();
        scheduler.next_task();
        assert!(scheduler.is_empty(), "every task was taken: the scheduler is empty");
        assert_eq!(scheduler.len(), 0, "every task was taken: 0 wait");
    }
}
