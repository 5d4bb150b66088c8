//! The scheduler crate's own tests.

use std::process::{Command, Output};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

/// How long a test waits for something that must happen before it decides
/// the runtime is stuck.
const DEADLOCK: Duration = Duration::from_secs(10);

/// Runs the test `name` alone in a child process of this test binary, with
/// `vars` set and neither worker-count variable inherited from this one.
fn rerun_alone(name: &str, vars: &[(&str, &str)]) -> Output {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", name])
        .env_remove("GOMAXPROCS")
        .env_remove("TOKIO_WORKER_THREADS")
        .envs(vars.iter().copied())
        .output()
        .unwrap()
}

/// `gomaxprocs` follows the GOMAXPROCS variable when it is a positive
/// number, and the machine otherwise (checked in child processes, so that
/// the variable does not leak into other tests).
#[test]
fn gomaxprocs_follows_the_variable_then_the_machine() {
    if let Ok(expected) = std::env::var("SCHEDULER_TEST_EXPECT") {
        assert_eq!(scheduler::gomaxprocs().to_string(), expected);
        return;
    }
    let cpus = std::thread::available_parallelism()
        .unwrap()
        .get()
        .to_string();
    for (value, expected) in [("3", "3"), ("0", cpus.as_str()), ("lots", cpus.as_str())] {
        let out = rerun_alone(
            "gomaxprocs_follows_the_variable_then_the_machine",
            &[("GOMAXPROCS", value), ("SCHEDULER_TEST_EXPECT", expected)],
        );
        assert!(
            out.status.success(),
            "GOMAXPROCS={value} should give {expected}:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

/// tokio's multi-thread runtime takes its worker count from
/// `TOKIO_WORKER_THREADS`, not from `GOMAXPROCS`; `worker_threads(n)` in code
/// wins over the variable, and a variable of 0 makes `build` panic (checked
/// in child processes, so that the variables do not leak into other tests).
#[test]
fn tokio_takes_its_workers_from_tokio_worker_threads() {
    if let Ok(expected) = std::env::var("SCHEDULER_TOKIO_EXPECT") {
        if expected == "panic" {
            let message = std::panic::catch_unwind(scheduler::tokio_workers)
                .expect_err("TOKIO_WORKER_THREADS=0 should make build panic")
                .downcast::<String>()
                .map(|message| *message)
                .unwrap_or_default();
            assert!(
                message.contains("cannot be set to 0"),
                "panic said: {message}"
            );
            return;
        }
        assert_eq!(scheduler::tokio_workers().unwrap().to_string(), expected);
        let in_code = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .build()
            .unwrap();
        assert_eq!(
            in_code.metrics().num_workers(),
            2,
            "worker_threads(2) should win"
        );
        return;
    }
    let cpus = std::thread::available_parallelism()
        .unwrap()
        .get()
        .to_string();
    for (variable, value, expected) in [
        ("TOKIO_WORKER_THREADS", "3", "3"),
        ("GOMAXPROCS", "5", cpus.as_str()),
        ("TOKIO_WORKER_THREADS", "0", "panic"),
    ] {
        let out = rerun_alone(
            "tokio_takes_its_workers_from_tokio_worker_threads",
            &[(variable, value), ("SCHEDULER_TOKIO_EXPECT", expected)],
        );
        assert!(
            out.status.success(),
            "{variable}={value} should give {expected}:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

// ANCHOR: yield_now_test
/// Without a yield, a task on a current-thread runtime runs to its end
/// before the other starts. With `yield_now` after each step they run in
/// rounds, one step of each per round, in an order within the round that
/// tokio does not promise (this is what the pinned version does).
#[test]
fn yield_now_lets_the_other_task_run() {
    let steps = |yielding| scheduler::two_tasks_on_one_thread(yielding).join(" ");
    assert_eq!(steps(false), "a1 a2 a3 b1 b2 b3");
    assert_eq!(steps(true), "a1 b1 b2 a2 a3 b3");
}
// ANCHOR_END: yield_now_test

/// Every spawned task runs once, and with enough small tasks spawned from
/// one worker, more than one worker runs them: the others stole.
#[test]
fn tokio_runs_every_task_and_spreads_them_over_workers() {
    let counts = scheduler::tasks_per_worker(2, 2_000);
    assert_eq!(counts.values().sum::<usize>(), 2_000);
    assert!(counts.keys().all(|name| name.starts_with("worker-")));
    assert_eq!(
        counts.len(),
        2,
        "both workers should run some tasks: {counts:?}"
    );
}

// ANCHOR: lifo_slot
/// The task in a worker's LIFO slot cannot be stolen. A task on one of two
/// workers spawns `first`, then `second`: `second` takes the LIFO slot and
/// pushes `first` to the worker's queue. While the spawning task blocks its
/// worker, the other worker steals and runs `first`, but `second` runs only
/// once the spawning task has returned and its worker is free again. (Go's
/// `runnext` would have been stolen.)
#[test]
fn the_task_in_the_lifo_slot_waits_for_its_own_worker() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .expect("a multi-thread runtime");
    let (ran_tx, ran) = mpsc::channel();
    let ran = runtime.block_on(async move {
        tokio::spawn(async move {
            let first = ran_tx.clone();
            tokio::spawn(async move { first.send("first").unwrap() });
            tokio::spawn(async move { ran_tx.send("second").unwrap() });
            // Block this worker (no `.await`): only the other worker can run tasks now.
            let stolen = ran.recv_timeout(DEADLOCK);
            assert_eq!(
                stolen,
                Ok("first"),
                "the other worker steals from the queue"
            );
            let lifo = ran.recv_timeout(Duration::from_millis(300));
            assert_eq!(
                lifo,
                Err(RecvTimeoutError::Timeout),
                "nobody steals the LIFO slot"
            );
            ran // returning frees this worker, which then runs `second`
        })
        .await
        .expect("the spawning task does not panic")
    });
    assert_eq!(ran.recv_timeout(DEADLOCK), Ok("second"));
}
// ANCHOR_END: lifo_slot
