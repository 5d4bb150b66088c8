//! Graded tests for waitgroup-1: `try_join_all` returns every value in input
//! order, or the first error to happen, and then no task is left running
//! (checked with `leakcheck`). Time is tokio's paused clock: no test waits for
//! real.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use leakcheck::run_paused as paused;
use tokio::sync::Barrier;
use tokio::time::{Instant, sleep, timeout};
use waitgroup_1::try_join_all;

/// How long (on the paused clock) a test waits before it reports a hang.
const PATIENCE: Duration = Duration::from_secs(60);

type Job<T> = Pin<Box<dyn Future<Output = Result<T, &'static str>> + Send>>;

/// A job that sleeps `ms` on the paused clock, then returns `result`.
fn after<T: Send + 'static>(ms: u64, result: Result<T, &'static str>) -> Job<T> {
    Box::pin(async move {
        sleep(Duration::from_millis(ms)).await;
        result
    })
}

/// Counts, on drop, the jobs that were dropped.
struct CountDrop(Arc<AtomicUsize>);

impl Drop for CountDrop {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

async fn within<F: Future>(what: &str, future: F) -> F::Output {
    timeout(PATIENCE, future).await.unwrap_or_else(|_| {
        panic!("try_join_all did not return ({what}): a task is waited for that never ends")
    })
}

graded::tests! {
    /// The values come back in the order of the futures, not the order in
    /// which they finished.
    fn values_come_back_in_input_order() {
        paused(async {
            let jobs: Vec<Job<u64>> = (0..10).map(|i| after(100 - 10 * i, Ok(i))).collect();
            let values = within("ten jobs that all succeed", try_join_all(jobs)).await;
            assert_eq!(
                values,
                Ok((0..10).collect::<Vec<_>>()),
                "the values should be in the order of the futures, not the order they finished in \
                 (tag each task with its index and put its value in that slot)"
            );
        });
    }

    /// No futures: an empty vector, at once.
    fn no_futures_give_an_empty_vec() {
        paused(async {
            let values = within("no jobs", try_join_all(Vec::<Job<u8>>::new())).await;
            assert_eq!(values, Ok(vec![]), "no futures should give an empty vector");
        });
    }

    /// The futures run at the same time: eight of them meet at a barrier
    /// that opens only when all eight wait on it.
    fn the_futures_run_concurrently() {
        paused(async {
            let barrier = Arc::new(Barrier::new(8));
            let jobs: Vec<Job<usize>> = (0..8usize)
                .map(|i| {
                    let barrier = Arc::clone(&barrier);
                    Box::pin(async move {
                        barrier.wait().await;
                        Ok(i)
                    }) as Job<usize>
                })
                .collect();
            let values = timeout(PATIENCE, try_join_all(jobs)).await.expect(
                "deadlock: a barrier of 8 never filled, so the futures were not all running at once",
            );
            assert_eq!(
                values,
                Ok((0..8).collect::<Vec<_>>()),
                "the values should be in the order of the futures"
            );
        });
    }

    /// The error returned is the first to happen in time, and it is returned
    /// as soon as it happens, not after the slower jobs.
    fn the_first_error_in_time_is_returned_at_once() {
        paused(async {
            let start = Instant::now();
            let jobs = vec![after(50, Err("slow")), after(10, Err("fast")), after(1000, Ok(1))];
            let result = within("two failing jobs", try_join_all(jobs)).await;
            assert_eq!(result, Err("fast"), "the error that happened first in time should win, not the first in input order \
                 (take the results as they finish, with `join_next`)");
            assert_eq!(
                start.elapsed(),
                Duration::from_millis(10),
                "try_join_all should return when the first error happens"
            );
        });
    }

    /// After an error, every other task has been dropped before
    /// `try_join_all` returns, and none of them runs any further.
    fn an_error_aborts_every_task_still_running() {
        paused(async {
            let dropped = Arc::new(AtomicUsize::new(0));
            let finished = Arc::new(AtomicUsize::new(0));
            let mut jobs: Vec<Job<()>> = (0..5)
                .map(|_| {
                    let guard = CountDrop(Arc::clone(&dropped));
                    let finished = Arc::clone(&finished);
                    Box::pin(async move {
                        let _guard = guard;
                        sleep(Duration::from_secs(3600)).await; // never looks for a cancel
                        finished.fetch_add(1, Ordering::SeqCst);
                        Ok(())
                    }) as Job<()>
                })
                .collect();
            jobs.push(after(5, Err("broken")));
            assert_eq!(
                within("one failing job", try_join_all(jobs)).await,
                Err("broken"),
                "the one job that fails should give the error"
            );
            assert_eq!(
                dropped.load(Ordering::SeqCst),
                5,
                "every other task should be aborted and dropped before try_join_all returns"
            );
            sleep(Duration::from_secs(7200)).await;
            assert_eq!(finished.load(Ordering::SeqCst), 0, "a task ran on after try_join_all returned an error: the others should be aborted");
        });
    }

    /// A future that panics makes `try_join_all` panic with its message.
    fn a_panicking_future_panics_the_caller() {
        paused(async {
            let jobs: Vec<Job<u8>> = vec![
                after(1000, Ok(1)),
                Box::pin(async { panic!("job exploded") }),
            ];
            let caller = tokio::spawn(try_join_all(jobs));
            let err = within("a panicking job", caller)
                .await
                .expect_err("try_join_all should panic when a job panics");
            let payload = err.into_panic();
            assert_eq!(
                graded::panic_message(&*payload),
                "job exploded",
                "try_join_all should panic with the job's own payload: \
                 `std::panic::resume_unwind(join_error.into_panic())`, not a panic of its own"
            );
        });
    }
}
