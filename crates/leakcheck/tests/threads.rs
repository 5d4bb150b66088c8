//! Leaked OS threads: caught with their names and spawn locations; threads
//! that finish, existed before, or are ignored are not leaks.
//!
//! Every test takes `leakcheck::serial()` first (threads are process-wide)
//! and releases whatever it leaked before it ends.

use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::time::Duration;

use leakcheck::{Leak, Options, Snapshot};

/// Short, so that the tests which expect a leak fail fast.
const SHORT: Duration = Duration::from_millis(50);

/// A thread that waits until its sender is dropped: a leak while `tx` lives.
fn blocked(name: &str) -> (mpsc::Sender<()>, std::thread::JoinHandle<()>) {
    let (tx, rx) = mpsc::channel::<()>();
    let thread = std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || while rx.recv().is_ok() {})
        .unwrap();
    (tx, thread)
}

fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

#[test]
fn a_clean_test_passes() {
    let _serial = leakcheck::serial();
    let start = Snapshot::now();
    let worker = leakcheck::thread::spawn("adder", || 2 + 2);
    assert_eq!(worker.join().unwrap(), 4);
    start.verify().expect("a joined thread is not a leak");
}

// ANCHOR: blocked_thread
#[test]
fn a_blocked_tracked_thread_is_reported_with_its_name_and_spawn_location() {
    let _serial = leakcheck::serial();
    let start = Options::new().grace(SHORT).snapshot();
    let (tx, rx) = mpsc::channel::<()>();
    let line = line!() + 1;
    let worker = leakcheck::thread::spawn("blocked-worker", move || rx.recv().is_ok());

    let report = start.verify().expect_err("a blocked thread is a leak");
    let text = report.to_string();
    let location = format!("{}:{line}", file!());
    assert!(text.contains("thread `blocked-worker`"), "{text}");
    assert!(text.contains(&format!("spawned at {location}")), "{text}");
    assert!(text.contains("still alive after"), "{text}");
    assert!(
        matches!(report.leaks(), [Leak::Thread { name, spawned_at: Some(_), .. }] if name == "blocked-worker"),
        "exactly the one leak: {text}"
    );

    drop(tx);
    assert!(!worker.join().unwrap(), "released by dropping the sender");
}
// ANCHOR_END: blocked_thread

#[test]
fn an_untracked_blocked_thread_is_reported_by_name() {
    let _serial = leakcheck::serial();
    let start = Options::new().grace(SHORT).snapshot();
    let (tx, thread) = blocked("plain-sleeper");

    let text = start
        .verify()
        .expect_err("a blocked thread is a leak")
        .to_string();
    if cfg!(target_os = "linux") {
        assert!(text.contains("thread `plain-sleeper` (tid "), "{text}");
        assert!(text.contains("not spawned through leakcheck"), "{text}");
    }

    drop(tx);
    thread.join().unwrap();
}

#[test]
fn a_thread_that_finishes_within_the_grace_period_is_not_a_leak() {
    let _serial = leakcheck::serial();
    let start = Snapshot::now();
    let (go_tx, go_rx) = mpsc::channel::<()>();
    let (ready_tx, ready_rx) = mpsc::channel::<()>();
    let _detached = leakcheck::thread::spawn("finishing", move || {
        ready_tx.send(()).unwrap();
        let _ = go_rx.recv();
    });
    ready_rx
        .recv_timeout(Duration::from_secs(5))
        .expect("the thread started");
    assert_eq!(
        leakcheck::thread::running(),
        1,
        "alive when the check starts"
    );
    drop(go_tx); // it ends now, but is not joined: the check must wait for it
    start.verify().expect("a finishing thread is not a leak");
}

#[test]
fn threads_ignored_by_name_prefix_are_not_leaks() {
    let _serial = leakcheck::serial();
    let start = Options::new()
        .grace(SHORT)
        .ignore_thread_prefix("known-bg")
        .snapshot();
    let (tx1, untracked) = blocked("known-bg-untracked");
    let (tx2, rx2) = mpsc::channel::<()>();
    let tracked = leakcheck::thread::spawn("known-bg-tracked", move || while rx2.recv().is_ok() {});

    start.verify().expect("ignored threads are not leaks");

    drop((tx1, tx2));
    untracked.join().unwrap();
    tracked.join().unwrap();
}

#[test]
fn threads_alive_at_the_snapshot_are_not_leaks() {
    let _serial = leakcheck::serial();
    let (tx, before) = blocked("older-thread");
    let start = Options::new().grace(SHORT).snapshot();

    start
        .verify()
        .expect("what ran at the snapshot is not a leak");

    drop(tx);
    before.join().unwrap();
}

#[test]
fn a_guard_panics_with_the_report_when_dropped_after_a_leak() {
    let _serial = leakcheck::serial();
    let (tx, rx) = mpsc::channel::<()>();
    let mut worker = None;
    let payload = panic::catch_unwind(AssertUnwindSafe(|| {
        let _guard = Options::new().grace(SHORT).guard();
        worker = Some(leakcheck::thread::spawn("guarded-leak", move || {
            while rx.recv().is_ok() {}
        }));
    }))
    .expect_err("the guard must panic");
    let text = message(&*payload);
    assert!(text.contains("thread `guarded-leak`"), "{text}");
    assert!(text.contains(file!()), "{text}");

    drop(tx);
    worker.unwrap().join().unwrap();
}

#[test]
fn a_guard_does_not_panic_again_while_the_test_is_already_panicking() {
    let _serial = leakcheck::serial();
    let (tx, rx) = mpsc::channel::<()>();
    let mut worker = None;
    let payload = panic::catch_unwind(AssertUnwindSafe(|| {
        let _guard = Options::new().grace(SHORT).guard();
        worker = Some(leakcheck::thread::spawn("leak-then-panic", move || {
            while rx.recv().is_ok() {}
        }));
        panic!("the assertion that failed first");
    }))
    .expect_err("the body panicked");
    assert_eq!(message(&*payload), "the assertion that failed first");

    drop(tx);
    worker.unwrap().join().unwrap();
}
