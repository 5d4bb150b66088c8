//! The scheduler crate's own tests.

use std::process::Command;

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
        let status = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "gomaxprocs_follows_the_variable_then_the_machine",
            ])
            .env("GOMAXPROCS", value)
            .env("SCHEDULER_TEST_EXPECT", expected)
            .status()
            .unwrap();
        assert!(
            status.success(),
            "GOMAXPROCS={value} should give {expected}"
        );
    }
}

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
