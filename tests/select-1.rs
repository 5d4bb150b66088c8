//! select-1: `recv_until_idle`, on a paused clock (no real waiting): the
//! time it gives up is exact. Each test also checks, with `leakcheck`, that
//! no task or thread is left behind.
//!
//! The paused clock moves only when every task waits. A loop that never
//! waits (it keeps selecting on a closed channel, which is ready at once
//! every time) stops it, so each call is also bounded by one second of real
//! time, counted on a helper thread.

use leakcheck::run_paused as paused;
use select_1::{Ended, recv_until_idle};
use std::future::Future;
use std::sync::mpsc as std_mpsc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::{Instant, sleep};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Sends each value after its gap; then keeps the channel open for `hold`.
fn sender(gaps_and_values: Vec<(u64, u32)>, hold: u64) -> mpsc::Receiver<u32> {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        for (gap, v) in gaps_and_values {
            sleep(ms(gap)).await;
            if tx.send(v).await.is_err() {
                return;
            }
        }
        sleep(ms(hold)).await;
    });
    rx
}

/// Runs `recv_until_idle(rx, idle)`; fails if it has not returned after one
/// second of real time (the paused clock cannot time a loop that never waits).
async fn run_bounded(rx: &mut mpsc::Receiver<u32>, idle: Duration) -> (Vec<u32>, Ended) {
    within_real_time(Duration::from_secs(1), recv_until_idle(rx, idle)).await
}

async fn within_real_time<F: Future>(limit: Duration, body: F) -> F::Output {
    let (fired_tx, fired) = oneshot::channel::<()>();
    let (stop, stopped) = std_mpsc::channel::<()>();
    let timer = std::thread::spawn(move || {
        if stopped.recv_timeout(limit) == Err(std_mpsc::RecvTimeoutError::Timeout) {
            let _ = fired_tx.send(());
        }
    });
    let out = tokio::select! {
        // The timer first: a body that spins uses up the task's budget.
        biased;
        _ = fired => panic!(
            "recv_until_idle did not return within {limit:?} of real time, and the paused clock \
             stood still: the loop never waits, or waits for something that never comes. A closed \
             channel's `recv()` is ready at once with `None`, every time; `None` means the \
             channel closed: return `(got, Ended::Closed)`, do not go round again"
        ),
        out = body => out,
    };
    drop(stop);
    timer
        .join()
        .expect("the real-time limit's helper thread panicked");
    out
}

graded::tests! {
    /// A channel that closes: every value, and `Closed`, as soon as it closes.
    fn returns_every_value_and_closed_when_the_channel_closes() {
        paused(async {
            let start = Instant::now();
            let mut rx = sender(vec![(10, 1), (10, 2), (10, 3)], 0);
            let (got, ended) = run_bounded(&mut rx, ms(50)).await;
            assert_eq!(
                got,
                [1, 2, 3],
                "not every value sent before the close was returned, in order"
            );
            assert_eq!(
                ended,
                Ended::Closed,
                "the channel closed (every sender dropped) but the result does not say `Closed`: \
                 `recv()` returning `None` is the close, and is not the same as a silence"
            );
            assert_eq!(
                start.elapsed(),
                ms(30),
                "the channel closed at 30 ms but recv_until_idle returned at another time: it \
                 should return at once when `recv()` gives `None`"
            );
        });
    }

    /// Values already buffered when the channel closes are still received.
    fn values_buffered_before_the_close_are_all_received() {
        paused(async {
            let (tx, mut rx) = mpsc::channel(8);
            for v in 1..=3 {
                tx.send(v).await.expect("the receiver is alive");
            }
            drop(tx);
            let (got, ended) = run_bounded(&mut rx, ms(50)).await;
            assert_eq!(
                got,
                [1, 2, 3],
                "values sent before the close were lost: a closed tokio channel still delivers \
                 what it holds; only `recv()` returning `None` says it is closed and empty \
                 (`is_closed()` is true as soon as the senders are gone, values or not)"
            );
            assert_eq!(ended, Ended::Closed, "a closed channel must end with `Ended::Closed`");
        });
    }

    /// A gap longer than `idle` ends the loop with `Idle` and the values before it.
    fn stops_with_idle_after_a_long_silence() {
        paused(async {
            let start = Instant::now();
            let mut rx = sender(vec![(10, 1), (10, 2), (500, 3)], 0);
            let (got, ended) = run_bounded(&mut rx, ms(50)).await;
            assert_eq!(
                got,
                [1, 2],
                "the values before the silence were not all returned, in order"
            );
            assert_eq!(
                ended,
                Ended::Idle,
                "a 500 ms silence with `idle` = 50 ms must end the loop with `Ended::Idle`"
            );
            assert_eq!(
                start.elapsed(),
                ms(70),
                "the last value came at 20 ms, so with `idle` = 50 ms it must give up at 70 ms"
            );
        });
    }

    /// The silence is measured from the last value: a steady stream is never cut off.
    fn the_idle_time_restarts_with_every_value() {
        paused(async {
            let start = Instant::now();
            let values: Vec<(u64, u32)> = (0..20).map(|v| (40, v)).collect();
            let mut rx = sender(values, 0);
            let (got, ended) = run_bounded(&mut rx, ms(50)).await;
            assert_eq!(
                got,
                (0..20).collect::<Vec<_>>(),
                "a value every 40 ms, with `idle` = 50 ms, was cut off: the idle time must restart \
                 with every value (a new `sleep(idle)` each time round the loop, not one deadline \
                 or ticker for the whole loop)"
            );
            assert_eq!(
                ended,
                Ended::Closed,
                "a steady stream that then closes must end with `Ended::Closed`"
            );
            assert_eq!(
                start.elapsed(),
                ms(800),
                "the stream closed at 800 ms: return then, as soon as `recv()` gives `None`"
            );
        });
    }

    /// It gives up exactly `idle` after the last value, not earlier, not later.
    fn gives_up_exactly_idle_after_the_last_value() {
        paused(async {
            let start = Instant::now();
            let mut rx = sender(vec![(30, 7)], 10_000);
            let (got, ended) = run_bounded(&mut rx, ms(50)).await;
            assert_eq!(got, [7], "the one value sent was not returned");
            assert_eq!(
                ended,
                Ended::Idle,
                "a silence longer than `idle` must end with `Ended::Idle`"
            );
            assert_eq!(
                start.elapsed(),
                ms(80),
                "the last value came at 30 ms, so with `idle` = 50 ms it must give up at 80 ms"
            );
        });
    }

    /// The same at times that are not round numbers: no polling step hides in it.
    fn gives_up_exactly_idle_after_the_last_value_at_odd_times() {
        paused(async {
            let start = Instant::now();
            let mut rx = sender(vec![(13, 1), (29, 2)], 10_000);
            let (got, ended) = run_bounded(&mut rx, ms(47)).await;
            assert_eq!(got, [1, 2], "the values sent were not all returned, in order");
            assert_eq!(
                ended,
                Ended::Idle,
                "a silence longer than `idle` must end with `Ended::Idle`"
            );
            assert_eq!(
                start.elapsed(),
                ms(42 + 47),
                "the last value came at 42 ms, so with `idle` = 47 ms it must give up at 89 ms: \
                 wait in one `select!` on `recv()` and `sleep(idle)`, do not poll with \
                 `try_recv` and short sleeps (that gives up late, on the next poll)"
            );
        });
    }

    /// Nothing at all: `Idle` after `idle`, with no values.
    fn an_empty_open_channel_times_out() {
        paused(async {
            let (tx, mut rx) = mpsc::channel::<u32>(1);
            let start = Instant::now();
            let (got, ended) = run_bounded(&mut rx, ms(25)).await;
            assert!(got.is_empty(), "nothing was sent, yet values were returned");
            assert_eq!(
                ended,
                Ended::Idle,
                "an open channel with nothing in it must end with `Ended::Idle`"
            );
            assert_eq!(
                start.elapsed(),
                ms(25),
                "nothing came, so with `idle` = 25 ms it must give up at 25 ms"
            );
            drop(tx);
        });
    }
}
