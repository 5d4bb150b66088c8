//! The coroutines crate's own tests: future states, the cost of blocking a
//! one-thread runtime, and the crawler (including the Python original).

use std::process::Command;
use std::time::Duration;

use coroutines::colouring::{Wait, ticks_while_waiting};
use coroutines::http::{CRAWL, NOT_FOUND, SITE, Server, crawl, fetch, report};
use coroutines::states::{State, StateLog, Tracked, YieldTimes};

use State::{Cancelled, Done, Pending, Running};

/// A current-thread runtime with time, as asyncio's one loop.
fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

graded::tests! {
    /// A future is polled once per wake-up: Pending and Running alternate
    /// until it is Done, and a finished future is not reported as cancelled.
    fn a_finished_future_goes_pending_running_done() {
        let log = StateLog::new();
        runtime().block_on(Tracked::new(YieldTimes { times: 2 }, &log));
        assert_eq!(
            log.states(),
            [Pending, Running, Pending, Running, Pending, Running, Done]
        );
    }

    /// Aborting a task drops its future: Cancelled, and never Running again.
    fn an_aborted_task_is_cancelled_and_never_runs_again() {
        let log = StateLog::new();
        runtime().block_on(async {
            let handle = tokio::spawn(Tracked::new(std::future::pending::<()>(), &log));
            tokio::task::yield_now().await;
            handle.abort();
            assert!(handle.await.unwrap_err().is_cancelled());
        });
        assert_eq!(log.states(), [Pending, Running, Pending, Cancelled]);
    }

    /// A future that is dropped unpolled never runs its body.
    fn a_future_dropped_unpolled_never_runs() {
        let log = StateLog::new();
        let mut ran = false;
        drop(Tracked::new(async { ran = true }, &log));
        assert!(!ran);
        assert_eq!(log.states(), [Pending, Cancelled]);
    }

    /// `std::thread::sleep` inside a task stops every other task on a
    /// current-thread runtime: not one tick while it sleeps.
    fn a_blocking_sleep_stalls_a_current_thread_runtime() {
        assert_eq!(ticks_while_waiting(Wait::Block, Duration::from_millis(20)), 0);
    }

    /// Awaiting, or moving the blocking call to `spawn_blocking`, lets the
    /// other task run while this one waits.
    fn awaiting_or_spawn_blocking_keeps_other_tasks_running() {
        assert!(ticks_while_waiting(Wait::Await, Duration::from_millis(20)) > 0);
        assert!(ticks_while_waiting(Wait::SpawnBlocking, Duration::from_millis(20)) > 0);
    }

    /// `block_on` inside a runtime panics instead of deadlocking: sync code
    /// cannot simply wait for async code from inside async code.
    fn block_on_inside_a_runtime_panics() {
        let outer = runtime();
        let inner = runtime();
        let result = outer.block_on(async {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                inner.block_on(async {});
            }))
        });
        assert!(result.is_err(), "block_on inside block_on should panic");
    }

    /// fetch returns each page's status and body, 404 for an unknown path.
    fn fetch_returns_status_and_body() {
        runtime().block_on(async {
            let server = Server::start(Duration::ZERO).await.unwrap();
            for (path, body) in SITE {
                let page = fetch(server.addr(), path).await.unwrap();
                assert_eq!((page.status, page.body.as_str()), (200, *body));
            }
            let missing = fetch(server.addr(), "/nope").await.unwrap();
            assert_eq!((missing.status, missing.body.as_str()), (404, NOT_FOUND));
        });
    }

    /// crawl overlaps its fetches: five fetches of a 200 ms page are all
    /// waiting on the server at once, and take well under five delays.
    fn crawl_overlaps_its_fetches() {
        runtime().block_on(async {
            let delay = Duration::from_millis(200);
            let server = Server::start(delay).await.unwrap();
            let started = std::time::Instant::now();
            let pages = crawl(server.addr(), CRAWL).await;
            let took = started.elapsed();
            assert_eq!(pages.len(), CRAWL.len());
            assert_eq!(server.peak_in_flight(), CRAWL.len());
            assert!(took < delay * 5 / 2, "took {took:?}");
        });
    }
}

/// The Python original prints what the Rust port prints. Skipped, with a
/// note, where `python3` is not installed.
#[test]
fn the_python_crawler_prints_what_the_rust_port_prints() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/python/crawler.py");
    let output = match Command::new("python3").arg(script).output() {
        Ok(output) => output,
        Err(err) => {
            println!("skipped: python3 is not available ({err})");
            return;
        }
    };
    assert!(
        output.status.success(),
        "python3 crawler.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rust = runtime().block_on(async {
        let server = Server::start(Duration::from_millis(10)).await.unwrap();
        let pages: Vec<_> = crawl(server.addr(), CRAWL)
            .await
            .into_iter()
            .collect::<std::io::Result<_>>()
            .unwrap();
        report(&pages)
    });
    assert_eq!(String::from_utf8_lossy(&output.stdout), rust);
}
