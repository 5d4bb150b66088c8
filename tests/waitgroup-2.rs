//! Graded tests for waitgroup-2: `try_for_each` runs every item on a thread
//! of its own, returns the first error and cancels the rest, and returns only
//! once every thread has ended (checked with `leakcheck`).

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use waitgroup_2::{Cancel, try_for_each};

/// How long a worker waits for something the test expects before it reports.
const PATIENCE: Duration = Duration::from_secs(2);

/// Waits, yielding, until `ready()` holds or [`PATIENCE`] has passed; says
/// which.
fn eventually(ready: impl Fn() -> bool) -> bool {
    let deadline = Instant::now() + PATIENCE;
    while !ready() {
        if Instant::now() >= deadline {
            return false;
        }
        thread::yield_now();
    }
    true
}

/// More items than this machine has cores (and at least 64): a pool of one
/// worker per core cannot run them all at once.
fn more_than_cores() -> usize {
    thread::available_parallelism()
        .map_or(0, |n| n.get() * 4)
        .max(64)
}

/// One leak-checked test at a time: every thread started must have ended.
fn checked(body: impl FnOnce()) {
    let _serial = leakcheck::serial();
    let _guard = leakcheck::Guard::new();
    body();
}

graded::tests! {
    /// Every item is handed to `work` once, and `work` may borrow local data.
    fn every_item_is_processed_once() {
        checked(|| {
            let items: Vec<u32> = (0..32).collect();
            let seen = Mutex::new(Vec::new()); // a local, borrowed by every thread
            let result: Result<(), ()> = try_for_each(&items, |item, _| {
                seen.lock().unwrap().push(*item);
                Ok(())
            });
            assert_eq!(result, Ok(()), "every call succeeded, so the result should be Ok");
            let mut seen = seen.into_inner().expect("a call panicked");
            seen.sort_unstable();
            assert_eq!(seen, items, "every item should be handed to `work` exactly once");
        });
    }

    /// The items run at the same time, each on a thread of its own (more
    /// items than cores): each waits until all have started.
    fn the_items_run_on_threads_at_the_same_time() {
        checked(|| {
            let items = vec![0; more_than_cores()];
            let started = AtomicUsize::new(0);
            let result = try_for_each(&items, |_, _| {
                started.fetch_add(1, Ordering::SeqCst);
                if eventually(|| started.load(Ordering::SeqCst) == items.len()) {
                    Ok(())
                } else {
                    Err("not every item had started within 2 s: are they run one by one, or on \
                         fewer threads than items? Each item needs a scoped thread of its own")
                }
            });
            assert_eq!(result, Ok(()), "every item should run at the same time as the others");
        });
    }

    /// The first error is returned, and every other call sees the cancel.
    fn the_first_error_cancels_the_others() {
        checked(|| {
            let started = AtomicUsize::new(0);
            let saw_cancel = AtomicUsize::new(0);
            let items: Vec<usize> = (0..8).collect();
            let result = try_for_each(&items, |&item, cancel: &Cancel| {
                started.fetch_add(1, Ordering::SeqCst);
                if item == 3 {
                    // Fail once every other item is running.
                    eventually(|| started.load(Ordering::SeqCst) == 8);
                    return Err("item 3 failed");
                }
                if eventually(|| cancel.is_cancelled()) {
                    saw_cancel.fetch_add(1, Ordering::SeqCst);
                    Err("stopped: cancelled") // a later error must not win
                } else {
                    Ok(())
                }
            });
            assert_eq!(
                result,
                Err("item 3 failed"),
                "the first error to happen should win: keep an error only if none is stored yet \
                 (and later errors, from calls that saw the cancel, must not replace it)"
            );
            assert_eq!(
                saw_cancel.load(Ordering::SeqCst),
                7,
                "every other item should see is_cancelled() once one failed: set the flag of the \
                 one `Cancel` every thread shares as soon as the first error is stored, not when \
                 its thread is joined"
            );
        });
    }

    /// Nothing is cancelled while every call succeeds.
    fn nothing_is_cancelled_without_an_error() {
        checked(|| {
            let result: Result<(), ()> = try_for_each(&[1, 2, 3, 4], |_, cancel| {
                assert!(!cancel.is_cancelled(), "cancelled though nothing failed");
                Ok(())
            });
            assert_eq!(result, Ok(()), "every call succeeded, so the result should be Ok");
        });
    }

    /// `try_for_each` returns only once every thread has ended, even after an
    /// error and even for a call that never looks at the cancel flag.
    fn it_returns_only_after_every_thread_ended() {
        checked(|| {
            let finished = AtomicUsize::new(0);
            let items: Vec<usize> = (0..5).collect();
            let result = try_for_each(&items, |&item, _| {
                if item == 0 {
                    return Err("fast failure");
                }
                for _ in 0..1000 {
                    thread::yield_now(); // busy, and deaf to the cancel
                }
                finished.fetch_add(1, Ordering::SeqCst);
                Ok(())
            });
            assert_eq!(result, Err("fast failure"), "the one error should be returned");
            assert_eq!(
                finished.load(Ordering::SeqCst),
                4,
                "try_for_each returned before its threads ended"
            );
        });
    }
}
