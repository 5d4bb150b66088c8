//! Leaked tokio tasks: tracked ones caught with their names and spawn
//! locations, untracked ones counted; finished and finishing tasks are not
//! leaks.
//!
//! Every test takes `leakcheck::serial()` first (tracked tasks are
//! process-wide) and releases what it leaked before it ends.

use std::panic::{self, AssertUnwindSafe};
use std::time::Duration;

use leakcheck::{Leak, Options};
use tokio::runtime::{Builder, Runtime};
use tokio::sync::{mpsc, oneshot};

const SHORT: Duration = Duration::from_millis(50);

fn current_thread() -> Runtime {
    Builder::new_current_thread().build().unwrap()
}

// ANCHOR: clean_async
#[test]
fn a_clean_async_test_passes() {
    let _serial = leakcheck::serial();
    current_thread().block_on(leakcheck::verify_async(async {
        let answer = leakcheck::task::spawn("answer", async { 42 });
        let plain = tokio::spawn(async { 1 });
        assert_eq!(answer.await.unwrap() + plain.await.unwrap(), 43);
    }));
}
// ANCHOR_END: clean_async

#[test]
fn a_pending_task_is_reported_with_its_name_and_spawn_location() {
    let _serial = leakcheck::serial();
    let rt = current_thread();
    rt.block_on(async {
        let start = Options::new()
            .grace(SHORT)
            .runtime(&tokio::runtime::Handle::current())
            .snapshot();
        let line = line!() + 1;
        let stuck = leakcheck::task::spawn("pending-forever", std::future::pending::<()>());

        let report = start
            .verify_async()
            .await
            .expect_err("a pending task is a leak");
        let text = report.to_string();
        assert!(text.contains("task `pending-forever`"), "{text}");
        assert!(
            text.contains(&format!("spawned at {}:{line}", file!())),
            "{text}"
        );
        assert!(
            matches!(report.leaks(), [Leak::Task { name, .. }] if name == "pending-forever"),
            "exactly the one leak, not counted twice: {text}"
        );

        stuck.abort();
        assert!(stuck.await.unwrap_err().is_cancelled());
    });
    assert_eq!(
        leakcheck::task::running(),
        0,
        "aborted, so no longer tracked"
    );
}

#[test]
fn a_task_waiting_on_a_channel_whose_sender_lives_is_a_leak() {
    let _serial = leakcheck::serial();
    current_thread().block_on(async {
        let start = Options::new()
            .grace(SHORT)
            .runtime(&tokio::runtime::Handle::current())
            .snapshot();
        let (tx, mut rx) = mpsc::channel::<u32>(1);
        let line = line!() + 1;
        let consumer = leakcheck::task::spawn("consumer", async move {
            let mut sum = 0;
            while let Some(n) = rx.recv().await {
                sum += n;
            }
            sum
        });
        tx.send(5).await.unwrap();

        let text = start.verify_async().await.unwrap_err().to_string();
        assert!(
            text.contains(&format!("task `consumer` spawned at {}:{line}", file!())),
            "{text}"
        );

        drop(tx); // closing the channel releases it
        assert_eq!(consumer.await.unwrap(), 5);
    });
}

#[test]
fn untracked_tasks_are_counted() {
    let _serial = leakcheck::serial();
    current_thread().block_on(async {
        let start = Options::new()
            .grace(SHORT)
            .runtime(&tokio::runtime::Handle::current())
            .snapshot();
        let a = tokio::spawn(std::future::pending::<()>());
        let b = tokio::spawn(std::future::pending::<()>());

        let report = start.verify_async().await.unwrap_err();
        assert_eq!(report.leaks(), &[Leak::UntrackedTasks { count: 2 }]);
        assert!(
            report
                .to_string()
                .contains("2 tasks not spawned through leakcheck::task::spawn")
        );

        a.abort();
        b.abort();
    });
}

#[test]
fn a_task_that_finishes_within_the_grace_period_is_not_a_leak() {
    let _serial = leakcheck::serial();
    current_thread().block_on(async {
        let start = Options::new()
            .runtime(&tokio::runtime::Handle::current())
            .snapshot();
        // Still running when the check begins: it needs many turns of the
        // runtime, which the check gives it between attempts.
        let _detached = leakcheck::task::spawn("finishing", async {
            for _ in 0..1000 {
                tokio::task::yield_now().await;
            }
        });
        assert_eq!(leakcheck::task::running(), 1);
        start
            .verify_async()
            .await
            .expect("a finishing task is not a leak");
    });
}

#[test]
fn a_finished_task_on_a_multi_thread_runtime_is_not_a_leak() {
    let _serial = leakcheck::serial();
    let rt = Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .unwrap();
    let guard = leakcheck::Guard::for_runtime(rt.handle());
    let (done_tx, done_rx) = std::sync::mpsc::channel();
    rt.spawn(async move { done_tx.send(7).unwrap() });
    assert_eq!(done_rx.recv_timeout(Duration::from_secs(5)), Ok(7));
    drop(guard); // the worker threads existed before it: only the task counts
    drop(rt);
}

#[test]
fn verify_async_panics_with_the_report_when_the_body_leaks() {
    let _serial = leakcheck::serial();
    let rt = current_thread();
    let payload = panic::catch_unwind(AssertUnwindSafe(|| {
        rt.block_on(async {
            let options = Options::new()
                .grace(SHORT)
                .runtime(&tokio::runtime::Handle::current());
            leakcheck::verify_async_with(options, async {
                leakcheck::task::spawn("left-behind", std::future::pending::<()>());
            })
            .await;
        })
    }))
    .expect_err("the leak must fail the test");
    let text = payload
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_default();
    assert!(text.contains("task `left-behind` spawned at"), "{text}");
    drop(rt); // shutting the runtime down drops the leaked task
    assert_eq!(leakcheck::task::running(), 0);
}

#[test]
fn the_guard_counts_tracked_tasks_even_without_a_runtime() {
    let _serial = leakcheck::serial();
    let rt = current_thread();
    let start = Options::new().grace(SHORT).snapshot();
    let stuck = {
        let _entered = rt.enter(); // a runtime context, so that spawn works here
        leakcheck::task::spawn("no-runtime-given", std::future::pending::<()>())
    };
    let text = start.verify().unwrap_err().to_string();
    assert!(text.contains("task `no-runtime-given`"), "{text}");
    stuck.abort();
    drop(rt);
}

#[test]
fn a_task_spawned_into_a_join_set_is_named_and_ends_with_the_set() {
    let _serial = leakcheck::serial();
    current_thread().block_on(async {
        let options = Options::new()
            .grace(SHORT)
            .runtime(&tokio::runtime::Handle::current());
        let before_spawn = options.clone().snapshot();
        let before_drop = options.snapshot();
        let mut set = tokio::task::JoinSet::new();
        let line = line!() + 1;
        leakcheck::task::spawn_in(&mut set, "in-a-set", std::future::pending::<()>());

        let text = before_spawn.verify_async().await.unwrap_err().to_string();
        assert!(
            text.contains(&format!("task `in-a-set` spawned at {}:{line}", file!())),
            "{text}"
        );

        drop(set); // aborts the task
        before_drop
            .verify_async()
            .await
            .expect("a dropped JoinSet aborts its tasks");
    });
}

// ANCHOR: unpolled
#[test]
fn a_future_never_polled_keeps_what_it_owns_until_it_is_dropped() {
    let _serial = leakcheck::serial();
    let (tx, rx) = oneshot::channel::<u32>();
    let never_polled = async move { rx.await.ok() };
    // Not polled is not dropped: the receiver lives on inside the future.
    assert!(!tx.is_closed(), "the receiver is still alive");
    drop(never_polled); // now it is gone, and its receiver with it
    assert!(tx.is_closed());
}
// ANCHOR_END: unpolled
