//! `tokio::select!` and tokio time, on a paused clock: every timer fires at
//! its exact instant, in order, and no test waits in real time.

use select::tasks::{
    collect_for, collect_for_restarting, merge_biased, next_from_open, pairs_lossy, pairs_safe,
    send_or_drop, send_or_return,
};
use select::ticker::ticks_after_stall;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{MissedTickBehavior, sleep};

fn paused<F: Future>(body: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap()
        .block_on(body)
}

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// A sender of `0..count`, one value every `gap`.
fn sender_every(gap: Duration, count: u32) -> mpsc::Receiver<u32> {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        for v in 0..count {
            sleep(gap).await;
            if tx.send(v).await.is_err() {
                return;
            }
        }
    });
    rx
}

graded::tests! {
    /// A pinned deadline fires on time however often messages come.
    fn pinned_deadline_keeps_its_place_in_time() {
        paused(async {
            let mut rx = sender_every(ms(10), 100);
            // values at 10, 20, 30, 40ms; the deadline at 45ms
            assert_eq!(collect_for(&mut rx, ms(45)).await, [0, 1, 2, 3]);
        });
    }

    /// A sleep re-created each time round never fires while messages keep coming.
    fn a_sleep_inside_select_restarts_every_time() {
        paused(async {
            let mut rx = sender_every(ms(10), 100);
            assert_eq!(collect_for_restarting(&mut rx, ms(45)).await.len(), 100);
        });
    }

    /// `biased;` takes every ready high-priority value first; `else` ends the loop.
    fn biased_select_prefers_the_first_branch() {
        paused(async {
            let (high_tx, high) = mpsc::channel(10);
            let (low_tx, low) = mpsc::channel(10);
            for i in 0..5 {
                low_tx.send(100 + i).await.unwrap();
                high_tx.send(i).await.unwrap();
            }
            drop((high_tx, low_tx));
            assert_eq!(merge_biased(high, low).await, [0, 1, 2, 3, 4, 100, 101, 102, 103, 104]);
        });
    }

    /// With every branch disabled and no `else`, `select!` panics.
    fn select_with_every_branch_disabled_and_no_else_panics() {
        paused(async {
            let (a_tx, mut a) = mpsc::channel(1);
            let (_b_tx, mut b) = mpsc::channel(1);
            a_tx.send(3).await.unwrap();
            assert_eq!(next_from_open(&mut a, &mut b, true, false).await, Some(3));
            let task = tokio::spawn(async move { next_from_open(&mut a, &mut b, false, false).await });
            let err = task.await.expect_err("select! must panic");
            assert!(err.is_panic());
        });
    }

    /// A future dropped half-way loses what it read; a cancel-safe loop loses nothing.
    fn half_read_future_loses_values_when_it_loses_the_race() {
        paused(async {
            let expected = [(0, 1), (2, 3), (4, 5), (6, 7)];
            let mut rx = sender_every(ms(10), 8);
            assert_eq!(pairs_safe(&mut rx, ms(15)).await, expected);
            let mut rx = sender_every(ms(10), 8);
            let lossy = pairs_lossy(&mut rx, ms(15)).await;
            assert!(lossy.len() < expected.len(), "nothing lost: {lossy:?}");
        });
    }

    /// A `send` that loses its `select!` drops the value it was given (the
    /// message is not sent, and not kept either); `reserve` first, and the
    /// value comes back to the caller.
    fn a_send_that_loses_a_select_drops_its_value_and_reserve_keeps_it() {
        paused(async {
            let (tx, mut rx) = mpsc::channel(1);
            tx.send(Arc::new(0)).await.unwrap(); // full: the next send must wait
            let value = Arc::new(1);

            assert!(!send_or_drop(&tx, Arc::clone(&value), sleep(ms(10))).await);
            assert_eq!(
                Arc::strong_count(&value),
                1,
                "the clone moved into the losing send should have been dropped with it"
            );

            let back = send_or_return(&tx, Arc::clone(&value), sleep(ms(10)))
                .await
                .expect_err("the channel is full: the stop branch should win");
            assert!(Arc::ptr_eq(&back, &value), "reserve should hand the value back");

            assert_eq!(*rx.recv().await.unwrap(), 0);
            assert_eq!(send_or_return(&tx, back, sleep(ms(10))).await, Ok(()));
            assert_eq!(*rx.recv().await.unwrap(), 1, "the kept value should arrive");
            assert!(rx.try_recv().is_err(), "the dropped value should never arrive");
        });
    }

    /// Burst catches up at once, Delay moves the schedule, Skip keeps it (as Go).
    fn missed_tick_behaviours_differ_after_a_stall() {
        paused(async {
            let (period, stall) = (ms(100), ms(350));
            let at = |v: &[u64]| v.iter().copied().map(ms).collect::<Vec<_>>();
            assert_eq!(
                ticks_after_stall(period, stall, MissedTickBehavior::Burst, 5).await,
                at(&[350, 350, 350, 400, 500])
            );
            assert_eq!(
                ticks_after_stall(period, stall, MissedTickBehavior::Delay, 3).await,
                at(&[350, 450, 550])
            );
            assert_eq!(
                ticks_after_stall(period, stall, MissedTickBehavior::Skip, 3).await,
                at(&[350, 400, 500])
            );
        });
    }
}
