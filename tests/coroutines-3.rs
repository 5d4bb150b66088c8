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

impl CountingWaker {
    fn wakes(&self) -> usize {
        self.0.load(Ordering::SeqCst)
    }
}

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// A counting waker and the `Waker` that feeds it.
fn counting_waker() -> (Arc<CountingWaker>, Waker) {
    let counter = Arc::new(CountingWaker::default());
    let waker = Waker::from(Arc::clone(&counter));
    (counter, waker)
}

/// Polls `countdown` once by hand with `waker`.
fn poll_once(countdown: &mut Countdown, waker: &Waker) -> Poll<u32> {
    Pin::new(countdown).poll(&mut Context::from_waker(waker))
}

graded::tests! {
    /// `Countdown::new(3)` is Pending three times, then Ready with the
    /// number of polls: 4.
    fn pending_times_times_then_ready_with_the_poll_count() {
        let (_counter, waker) = counting_waker();
        let mut countdown = Countdown::new(3);
        for poll in 1..=3 {
            let got = poll_once(&mut countdown, &waker);
            assert_eq!(
                got,
                Poll::Pending,
                "poll {poll} of Countdown::new(3) gave {got:?}: it must be Pending 3 times \
                 (take one off `remaining` each time and return Pending while it was above 0)"
            );
            assert_eq!(
                countdown.polls(),
                poll,
                "after {poll} polls, polls() said {}: count every poll, Pending ones included",
                countdown.polls()
            );
        }
        let got = poll_once(&mut countdown, &waker);
        assert_eq!(
            got,
            Poll::Ready(4),
            "the 4th poll of Countdown::new(3) gave {got:?}: it must be Ready with the number \
             of polls, this one included (4)"
        );
        assert_eq!(
            countdown.polls(),
            4,
            "after Ready, polls() said {}: the final poll counts too",
            countdown.polls()
        );
        let got = poll_once(&mut Countdown::new(0), &waker);
        assert_eq!(
            got,
            Poll::Ready(1),
            "Countdown::new(0) gave {got:?} on its first poll: it must be Ready at once, \
             with 1 poll"
        );
    }

    /// Each Pending wakes the task once, so the executor polls it again; the
    /// final Ready does not.
    fn each_pending_wakes_the_task_once() {
        let (counter, waker) = counting_waker();
        let mut countdown = Countdown::new(5);
        let mut pendings = 0;
        while poll_once(&mut countdown, &waker).is_pending() {
            pendings += 1;
            assert_eq!(
                counter.wakes(),
                pendings,
                "after {pendings} Pending polls the waker was woken {} times: each Pending must \
                 wake the task exactly once (`cx.waker().wake_by_ref()`), or nobody polls it again",
                counter.wakes()
            );
            assert!(pendings <= 5, "Countdown::new(5) must be Ready by the sixth poll");
        }
        assert_eq!(pendings, 5, "Countdown::new(5) must be Pending 5 times, was {pendings}");
        assert_eq!(
            counter.wakes(),
            5,
            "Countdown::new(5) woke its task {} times: once per Pending, none on Ready",
            counter.wakes()
        );
    }

    /// Each Pending wakes the waker of the poll that returned it: an
    /// executor may poll with a new waker each time (the task moved, or the
    /// future is now awaited by someone else), so an old one is stale.
    fn wakes_the_waker_of_the_latest_poll() {
        let mut countdown = Countdown::new(3);
        let wakers: Vec<_> = (0..3).map(|_| counting_waker()).collect();
        for (poll, (counter, waker)) in wakers.iter().enumerate() {
            assert!(
                poll_once(&mut countdown, waker).is_pending(),
                "poll {} of Countdown::new(3) must be Pending",
                poll + 1
            );
            assert_eq!(
                counter.wakes(),
                1,
                "poll {} was given a new waker, which was woken {} times instead of once: wake \
                 `cx.waker()` of the current poll, not a waker kept from an earlier one",
                poll + 1,
                counter.wakes()
            );
        }
        for (poll, (counter, _)) in wakers.iter().enumerate() {
            assert_eq!(
                counter.wakes(),
                1,
                "the waker of poll {} was woken {} times: each waker only for its own Pending",
                poll + 1,
                counter.wakes()
            );
        }
    }

    /// On a real runtime the countdown finishes (a Pending without a wake-up
    /// would leave it asleep for ever).
    async fn finishes_on_a_runtime() {
        let polls = tokio::time::timeout(Duration::from_secs(1), Countdown::new(10))
            .await
            .expect(
                "Countdown::new(10) did not finish within 1 s on a runtime: a Pending that does \
                 not wake the task is never polled again",
            );
        assert_eq!(polls, 11, "Countdown::new(10) returned {polls} polls instead of 11");
    }

    /// While the countdown is Pending, another task on the same one-thread
    /// runtime gets to run.
    async fn lets_another_task_run_while_pending() {
        let ran = Arc::new(AtomicBool::new(false));
        let other = tokio::spawn({
            let ran = Arc::clone(&ran);
            async move { ran.store(true, Ordering::SeqCst) }
        });
        let polls = tokio::time::timeout(Duration::from_secs(1), Countdown::new(1))
            .await
            .expect("Countdown::new(1) did not finish within 1 s: does it wake its task?");
        assert!(
            ran.load(Ordering::SeqCst),
            "the other task did not run while the countdown counted down: return \
             `Poll::Pending` to give the thread back (a loop inside `poll` keeps it)"
        );
        assert_eq!(polls, 2, "Countdown::new(1) returned {polls} polls instead of 2");
        other.await.expect("the other task does not panic");
    }
}
