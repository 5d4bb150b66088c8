//! Graded tests for coroutines-3: a hand-written future.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use coroutines_3::Countdown;

/// A waker that counts its wake-ups.
#[derive(Default)]
struct CountingWaker(AtomicUsize);

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// Polls `countdown` once by hand with `waker`.
fn poll_once(countdown: &mut Countdown, waker: &Waker) -> Poll<u32> {
    Pin::new(countdown).poll(&mut Context::from_waker(waker))
}

graded::tests! {
    /// `Countdown::new(3)` is Pending three times, then Ready with the
    /// number of polls: 4.
    fn pending_times_times_then_ready_with_the_poll_count() {
        let counter = Arc::new(CountingWaker::default());
        let waker = Waker::from(Arc::clone(&counter));
        let mut countdown = Countdown::new(3);
        for poll in 1..=3 {
            assert_eq!(poll_once(&mut countdown, &waker), Poll::Pending, "poll {poll}");
            assert_eq!(countdown.polls(), poll);
        }
        assert_eq!(poll_once(&mut countdown, &waker), Poll::Ready(4));
        assert_eq!(countdown.polls(), 4);
        assert_eq!(poll_once(&mut Countdown::new(0), &waker), Poll::Ready(1));
    }

    /// Each Pending wakes the task once, so the executor polls it again; the
    /// final Ready does not.
    fn each_pending_wakes_the_task_once() {
        let counter = Arc::new(CountingWaker::default());
        let waker = Waker::from(Arc::clone(&counter));
        let mut countdown = Countdown::new(5);
        let mut pendings = 0;
        while poll_once(&mut countdown, &waker).is_pending() {
            pendings += 1;
            assert_eq!(counter.0.load(Ordering::SeqCst), pendings, "one wake per Pending");
            assert!(pendings <= 5, "Countdown::new(5) must be Ready by the sixth poll");
        }
        assert_eq!(counter.0.load(Ordering::SeqCst), 5);
    }

    /// On a real runtime the countdown finishes (a Pending without a wake-up
    /// would leave it asleep for ever).
    async fn finishes_on_a_runtime() {
        let polls = tokio::time::timeout(Duration::from_secs(1), Countdown::new(10))
            .await
            .expect("the countdown should finish: does it wake itself?");
        assert_eq!(polls, 11);
    }

    /// While the countdown is Pending, another task on the same one-thread
    /// runtime gets to run.
    async fn lets_another_task_run_while_pending() {
        let ran = Arc::new(AtomicBool::new(false));
        let other = tokio::spawn({
            let ran = Arc::clone(&ran);
            async move { ran.store(true, Ordering::SeqCst) }
        });
        let polls = Countdown::new(1).await;
        assert_eq!(polls, 2);
        assert!(ran.load(Ordering::SeqCst), "the other task should run while the countdown is pending");
        other.await.unwrap();
    }
}
