//! tokio's `Notify` against Go's `Cond`, on tokio's paused clock (a wait that
//! must not end is shown by a time-out that costs no real time).
#![cfg(not(loom))]

use cond::notify::Flag;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::timeout;

fn paused(body: impl Future<Output = ()> + Send + 'static) {
    graded::run_within("notify", Duration::from_secs(3), move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .unwrap()
            .block_on(body);
    });
}

const LONG: Duration = Duration::from_secs(60);

graded::tests! {
    // ANCHOR: permit
    /// Unlike `Signal`, `notify_one` with nobody waiting stores a permit: the
    /// next `notified().await` returns at once.
    fn notify_one_with_no_waiter_stores_a_permit() {
        paused(async {
            let notify = Notify::new();
            notify.notify_one();
            assert!(timeout(LONG, notify.notified()).await.is_ok());
        });
    }

    /// `notify_waiters` (the `Broadcast`) stores nothing: a task that starts
    /// waiting afterwards waits.
    fn notify_waiters_wakes_only_tasks_already_waiting() {
        paused(async {
            let notify = Notify::new();
            notify.notify_waiters();
            assert!(timeout(LONG, notify.notified()).await.is_err());
        });
    }
    // ANCHOR_END: permit

    /// The `Flag` built on `Notify` releases every waiting task, and a task
    /// that asks after it was set does not wait.
    fn flag_releases_every_waiter_and_later_askers() {
        paused(async {
            let flag = Flag::new();
            let waiters: Vec<_> = (0..3)
                .map(|_| {
                    let flag = Arc::clone(&flag);
                    tokio::spawn(async move { flag.wait().await })
                })
                .collect();
            tokio::task::yield_now().await; // let them start waiting
            flag.set();
            for waiter in waiters {
                timeout(LONG, waiter).await.expect("a waiter missed the set").unwrap();
            }
            assert!(timeout(LONG, flag.wait()).await.is_ok());
        });
    }
}
