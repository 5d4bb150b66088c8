//! Graded tests for leak-1: the first answer wins, and no replica task is
//! left behind (checked with `leakcheck::verify_async`).

use std::future::{self, Future};
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leak_1::{Replica, first_response};
use tokio::sync::{mpsc, oneshot};

/// A replica that answers `answer` once `gate` fires, and reports its own
/// drop by dropping `alive` (its receiver then sees the channel close).
fn gated(answer: u32, gate: oneshot::Receiver<()>, alive: mpsc::Sender<()>) -> Replica<u32> {
    Box::pin(async move {
        let _alive = alive;
        gate.await.expect("the test keeps every gate open");
        answer
    })
}

/// A replica that never answers, and reports its own drop like `gated`.
fn never(alive: mpsc::Sender<()>) -> Replica<u32> {
    Box::pin(async move {
        let _alive = alive;
        future::pending::<u32>().await
    })
}

/// Runs `body` one test at a time, then checks that it left no task or
/// thread behind. A short grace period, so that a leak fails fast.
async fn checked<F: Future>(body: F) -> F::Output {
    let _serial = leakcheck::serial();
    let options = leakcheck::Options::new()
        .grace(Duration::from_millis(250))
        .runtime(&tokio::runtime::Handle::current());
    leakcheck::verify_async_with(options, body).await
}

graded::tests! {
    /// The answer is the one of the replica that answers first, not the first
    /// in the list.
    async fn returns_the_answer_of_the_fastest_replica() {
        let (alive, _replicas_gone) = mpsc::channel(1);
        let (slow_gate, slow) = oneshot::channel();
        let (fast_gate, fast) = oneshot::channel();
        fast_gate.send(()).unwrap();
        let replicas = vec![gated(1, slow, alive.clone()), gated(2, fast, alive)];
        let answer = checked(first_response(replicas)).await;
        assert_eq!(answer, Some(2));
        drop(slow_gate); // only now: the slow replica must have been cancelled before
    }

    /// With no replicas there is no answer, and no wait.
    async fn returns_none_without_replicas() {
        let answer = checked(first_response::<u32>(Vec::new())).await;
        assert_eq!(answer, None);
    }

    /// Replicas still working when the answer arrives are cancelled: their
    /// futures are dropped and no replica task outlives the call.
    async fn cancels_the_replicas_still_working() {
        let (alive, mut replicas_gone) = mpsc::channel(1);
        let (gate, open) = oneshot::channel();
        gate.send(()).unwrap();
        let replicas = vec![never(alive.clone()), gated(7, open, alive.clone()), never(alive)];
        let answer = checked(first_response(replicas)).await;
        assert_eq!(answer, Some(7));
        assert_eq!(replicas_gone.recv().await, None, "every replica future was dropped");
    }

    /// Replicas that all answer at once do not block on their sends: every
    /// task ends, and one of their answers is returned.
    async fn losers_that_answer_too_do_not_block() {
        let (alive, _replicas_gone) = mpsc::channel(1);
        let replicas: Vec<Replica<u32>> = (0..8)
            .map(|i| {
                let (gate, open) = oneshot::channel();
                gate.send(()).unwrap();
                gated(i, open, alive.clone())
            })
            .collect();
        let answer = checked(first_response(replicas)).await;
        assert!(answer.is_some_and(|a| a < 8), "{answer:?}");
    }

    /// A caller that gives up (drops the future before it completes) cancels
    /// every replica too.
    async fn dropping_the_call_cancels_every_replica() {
        let (alive, mut replicas_gone) = mpsc::channel(1);
        checked(async {
            let mut call = pin!(first_response(vec![never(alive.clone()), never(alive)]));
            let poll = call.as_mut().poll(&mut Context::from_waker(Waker::noop()));
            assert!(matches!(poll, Poll::Pending), "nobody has answered yet");
            tokio::task::yield_now().await; // the replicas start
        })
        .await;
        assert_eq!(replicas_gone.recv().await, None, "every replica future was dropped");
    }
}
