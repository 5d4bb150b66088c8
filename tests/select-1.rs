//! select-1: `recv_until_idle`, on a paused clock (no real waiting). Each
//! test also checks, with `leakcheck`, that no task or thread is left behind.

use leakcheck::run_paused as paused;
use select_1::{Ended, recv_until_idle};
use std::time::Duration;
use tokio::sync::mpsc;
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

graded::tests! {
    /// A channel that closes: every value, and `Closed`.
    fn returns_every_value_and_closed_when_the_channel_closes() {
        paused(async {
            let mut rx = sender(vec![(10, 1), (10, 2), (10, 3)], 0);
            assert_eq!(recv_until_idle(&mut rx, ms(50)).await, (vec![1, 2, 3], Ended::Closed));
        });
    }

    /// A gap longer than `idle` ends the loop with `Idle` and the values before it.
    fn stops_with_idle_after_a_long_silence() {
        paused(async {
            let mut rx = sender(vec![(10, 1), (10, 2), (500, 3)], 0);
            assert_eq!(recv_until_idle(&mut rx, ms(50)).await, (vec![1, 2], Ended::Idle));
        });
    }

    /// The silence is measured from the last value: a steady stream is never cut off.
    fn the_idle_time_restarts_with_every_value() {
        paused(async {
            let values: Vec<(u64, u32)> = (0..20).map(|v| (40, v)).collect();
            let mut rx = sender(values, 0);
            let (got, ended) = recv_until_idle(&mut rx, ms(50)).await;
            assert_eq!(got, (0..20).collect::<Vec<_>>(), "a value was cut off");
            assert_eq!(ended, Ended::Closed);
        });
    }

    /// It gives up exactly `idle` after the last value, not earlier, not later.
    fn gives_up_exactly_idle_after_the_last_value() {
        paused(async {
            let start = Instant::now();
            let mut rx = sender(vec![(30, 7)], 10_000);
            assert_eq!(recv_until_idle(&mut rx, ms(50)).await, (vec![7], Ended::Idle));
            assert_eq!(start.elapsed(), ms(80));
        });
    }

    /// Nothing at all: `Idle` after `idle`, with no values.
    fn an_empty_open_channel_times_out() {
        paused(async {
            let (_tx, mut rx) = mpsc::channel::<u32>(1);
            let start = Instant::now();
            assert_eq!(recv_until_idle(&mut rx, ms(25)).await, (vec![], Ended::Idle));
            assert_eq!(start.elapsed(), ms(25));
        });
    }
}
