//! Graded tests for leak-1: the first answer wins, and no replica task is
//! left behind (checked with `leakcheck::verify_async`), whether the call
//! returns or its caller drops it early. Every call is bounded by a timeout
//! whose message says what it waited for.

use std::future::{self, Future};
use std::pin::pin;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leak_1::{Replica, first_response};
use tokio::sync::{mpsc, oneshot};

/// How long a call may take before the test gives up on it.
const PATIENCE: Duration = Duration::from_secs(1);

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

/// A gate that is already open: a replica behind it answers at once.
fn open_gate() -> oneshot::Receiver<()> {
    let (gate, open) = oneshot::channel();
    gate.send(())
        .expect("the receiver of a fresh gate is still alive");
    open
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

/// `first_response(replicas)`, bounded by [`PATIENCE`]: a call that is
/// still waiting then fails the test with a message that says so.
async fn first_within(replicas: Vec<Replica<u32>>) -> Option<u32> {
    let count = replicas.len();
    tokio::time::timeout(PATIENCE, first_response(replicas))
        .await
        .unwrap_or_else(|_| {
            if count == 0 {
                panic!(
                    "first_response with no replicas did not return within {PATIENCE:?}: with \
                     nothing to wait for it must return `None` at once"
                );
            }
            panic!(
                "first_response with {count} replicas did not return within {PATIENCE:?}, though \
                 a replica had answered: it must return the first answer, not wait for every \
                 replica (or for the first in the list)"
            )
        })
}

/// Waits until every replica future holding a clone of the channel's
/// sender has been dropped (the channel then closes).
async fn all_replicas_dropped(mut replicas_gone: mpsc::Receiver<()>, what: &str) {
    let closed = tokio::time::timeout(PATIENCE, replicas_gone.recv()).await;
    assert!(
        matches!(closed, Ok(None)),
        "{what}, a replica future was still alive after {PATIENCE:?}: it was not cancelled \
         (dropping a task's `JoinHandle` only detaches the task; a `JoinSet` aborts its tasks \
         when it is dropped)"
    );
}

graded::tests! {
    /// The answer is the one of the replica that answers first, not the first
    /// in the list.
    async fn returns_the_answer_of_the_fastest_replica() {
        let (alive, _replicas_gone) = mpsc::channel(1);
        let (slow_gate, slow) = oneshot::channel();
        let replicas = vec![gated(1, slow, alive.clone()), gated(2, open_gate(), alive)];
        let answer = checked(first_within(replicas)).await;
        assert_eq!(
            answer,
            Some(2),
            "replica 1 never answers before the call returns and replica 2 answers at once: the \
             answer must be replica 2's"
        );
        drop(slow_gate); // only now: the slow replica must have been cancelled before
    }

    /// With no replicas there is no answer, and no wait.
    async fn returns_none_without_replicas() {
        let answer = checked(first_within(Vec::new())).await;
        assert_eq!(answer, None, "with no replicas there is no answer: `None`");
    }

    /// Replicas still working when the answer arrives are cancelled: their
    /// futures are dropped and no replica task outlives the call.
    async fn cancels_the_replicas_still_working() {
        let (alive, replicas_gone) = mpsc::channel(1);
        let replicas = vec![never(alive.clone()), gated(7, open_gate(), alive.clone()), never(alive)];
        let answer = checked(first_within(replicas)).await;
        assert_eq!(answer, Some(7), "only replica 7 answers: the answer must be 7");
        all_replicas_dropped(replicas_gone, "once first_response returned").await;
    }

    /// Replicas that all answer at once do not block on their sends: every
    /// task ends, and one of their answers is returned.
    async fn losers_that_answer_too_do_not_block() {
        let (alive, _replicas_gone) = mpsc::channel(1);
        let replicas: Vec<Replica<u32>> = (0..8).map(|i| gated(i, open_gate(), alive.clone())).collect();
        let answer = checked(first_within(replicas)).await;
        assert!(
            answer.is_some_and(|a| a < 8),
            "eight replicas answered 0 to 7, yet first_response returned {answer:?}"
        );
    }

    /// A caller that gives up (drops the future before it completes) cancels
    /// every replica too.
    async fn dropping_the_call_cancels_every_replica() {
        let (alive, replicas_gone) = mpsc::channel(1);
        checked(async {
            let mut call = pin!(first_response(vec![never(alive.clone()), never(alive)]));
            let poll = call.as_mut().poll(&mut Context::from_waker(Waker::noop()));
            assert!(
                matches!(poll, Poll::Pending),
                "no replica has answered yet, so the call cannot be ready: it returned {poll:?}"
            );
            tokio::task::yield_now().await; // the replicas start
        })
        .await;
        all_replicas_dropped(replicas_gone, "once the caller dropped the call").await;
    }
}
