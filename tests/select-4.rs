//! select-4: the ticker-driven batcher, on a paused clock: each batch's
//! arrival time is exact. Each test also checks, with `leakcheck`, that no
//! task or thread is left behind.

use leakcheck::run_paused as paused;
use select_4::batch;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;
use tokio::time::{Instant, sleep, timeout};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Waits (on the paused clock) for the batcher to return.
async fn batcher_returns(batcher: JoinHandle<()>, within: Duration, why: &str) {
    match timeout(within, batcher).await {
        Ok(joined) => joined.expect("the batcher panicked (see its message above)"),
        Err(_) => panic!("the batcher did not return within {within:?} {why}"),
    }
}

/// Runs the batcher on values sent at the given times (ms since the start;
/// the input closes at `close_at`); returns each batch with when it came.
/// Checks on the way that every batch holds 1 to `max` values and that the
/// batches, one after the other, are the values sent, in order.
async fn run(
    max: usize,
    every: u64,
    sends: Vec<(u64, u32)>,
    close_at: u64,
) -> Vec<(Vec<u32>, Duration)> {
    let start = Instant::now();
    let sent: Vec<u32> = sends.iter().map(|&(_, v)| v).collect();
    let (input_tx, input) = mpsc::channel(64);
    let (output, mut batches) = mpsc::channel(64);
    let batcher = tokio::spawn(batch(input, max, ms(every), output));
    tokio::spawn(async move {
        for (at, v) in sends {
            tokio::time::sleep_until(start + ms(at)).await;
            if input_tx.send(v).await.is_err() {
                return; // the batcher has gone: the checks below say so
            }
        }
        tokio::time::sleep_until(start + ms(close_at)).await;
    });
    let mut got = Vec::new();
    let limit = ms(close_at + 10 * every);
    loop {
        match timeout(limit.saturating_sub(start.elapsed()), batches.recv()).await {
            Ok(Some(b)) => {
                assert!(
                    !b.is_empty(),
                    "an empty batch was sent at {:?}: a tick with nothing gathered sends nothing",
                    start.elapsed()
                );
                assert!(
                    b.len() <= max,
                    "a batch of {} values was sent with max = {max}: send as soon as it holds \
                     `max`",
                    b.len()
                );
                got.push((b, start.elapsed()));
            }
            Ok(None) => break,
            Err(_) => panic!(
                "the output was still open {limit:?} after the start, long after the input \
                 closed at {close_at} ms: when `recv()` gives `None`, send the rest and return"
            ),
        }
    }
    batcher_returns(batcher, ms(every), "after its input closed").await;
    let delivered: Vec<u32> = got.iter().flat_map(|(b, _)| b.iter().copied()).collect();
    assert_eq!(
        delivered, sent,
        "the batches, one after the other, are not exactly the values sent, in order: values \
         were lost (the rest must be sent when the input closes), duplicated or reordered"
    );
    got
}

graded::tests! {
    /// A full batch goes at once, without waiting for a tick.
    fn a_full_batch_is_sent_at_once() {
        paused(async {
            let sends = (1..=7).map(|v| (5, v)).collect();
            let got = run(3, 100, sends, 5).await;
            assert_eq!(
                got,
                [(vec![1, 2, 3], ms(5)), (vec![4, 5, 6], ms(5)), (vec![7], ms(5))],
                "batches of 3 as soon as they are full, then the rest at once when the input closes"
            );
        });
    }

    /// A partial batch goes on the next tick.
    fn a_partial_batch_is_sent_on_the_tick() {
        paused(async {
            let got = run(10, 100, vec![(0, 1), (30, 2), (150, 3)], 250).await;
            assert_eq!(
                got,
                [(vec![1, 2], ms(100)), (vec![3], ms(200))],
                "with a ticker every 100 ms, what has gathered goes at 100 ms and 200 ms: one \
                 ticker for the whole loop (not a new `sleep` each time round, which a value \
                 arriving restarts)"
            );
        });
    }

    /// A full batch does not reset the ticker: the next tick is on the schedule.
    fn a_full_batch_does_not_reset_the_ticker() {
        paused(async {
            let got = run(3, 100, vec![(50, 1), (50, 2), (50, 3), (60, 4)], 300).await;
            assert_eq!(
                got,
                [(vec![1, 2, 3], ms(50)), (vec![4], ms(100))],
                "the full batch went at 50 ms, and the ticker still ticks at 100 ms: a full \
                 batch must not reset it (no `reset()`, no new ticker)"
            );
        });
    }

    /// Values waiting at the start wait for the first tick: it comes `every` after the start.
    fn the_first_tick_comes_a_period_after_the_start() {
        paused(async {
            // `select!` picks at random among ready branches, so a ticker that
            // fires at once is seen with the waiting values in half the runs.
            for round in 0..40 {
                let start = Instant::now();
                let (input_tx, input) = mpsc::channel(8);
                for v in [1, 2] {
                    input_tx.send(v).await.expect("the batcher has not started yet");
                }
                let (output, mut batches) = mpsc::channel(8);
                let batcher = tokio::spawn(batch(input, 10, ms(100), output));
                let first = timeout(ms(1_000), batches.recv()).await;
                let at = start.elapsed();
                assert_eq!(
                    (first, at),
                    (Ok(Some(vec![1, 2])), ms(100)),
                    "round {round}: the two values waiting at the start must go as one batch on \
                     the first tick, at 100 ms (left: the first batch, and when it came): \
                     `interval(every)` ticks at once; start the ticker with \
                     `interval_at(Instant::now() + every, every)`"
                );
                drop(input_tx);
                batcher_returns(batcher, ms(100), "after its input closed").await;
            }
        });
    }

    /// Ticks with nothing gathered send nothing; the ticker keeps its schedule.
    fn idle_ticks_send_no_empty_batches() {
        paused(async {
            let got = run(10, 100, vec![(420, 1)], 1_000).await;
            assert_eq!(
                got,
                [(vec![1], ms(500))],
                "one value at 420 ms goes on the tick at 500 ms, and idle ticks send nothing"
            );
        });
    }

    /// Closing the input sends the rest at once and ends the batcher.
    fn closing_the_input_flushes_the_rest() {
        paused(async {
            let got = run(10, 100, vec![(10, 1), (20, 2)], 60).await;
            assert_eq!(
                got,
                [(vec![1, 2], ms(60))],
                "when the input closes at 60 ms, what has gathered must be sent then, at once"
            );
        });
    }

    /// With the output's receiver gone, a full batch that cannot be sent ends the batcher.
    fn returns_when_nobody_takes_a_full_batch() {
        paused(async {
            let (input_tx, input) = mpsc::channel(8);
            let (output, batches) = mpsc::channel(1);
            drop(batches);
            let batcher = tokio::spawn(batch(input, 2, ms(100), output));
            for v in 0..2u32 {
                input_tx.send(v).await.expect("the input holds 8: the send does not wait");
            }
            batcher_returns(
                batcher,
                ms(1_000),
                "after a full batch could not be sent (the output's receiver was gone, the \
                 input still open): a `send` that returns `Err` means nobody takes batches any \
                 more, so return",
            )
            .await;
            drop(input_tx);
        });
    }

    /// With the output's receiver gone, a batch that cannot be sent on a tick ends the batcher.
    fn returns_when_nobody_takes_a_batch_on_the_tick() {
        paused(async {
            let start = Instant::now();
            let (input_tx, input) = mpsc::channel(8);
            let (output, batches) = mpsc::channel(1);
            drop(batches);
            let batcher = tokio::spawn(batch(input, 10, ms(100), output));
            sleep(ms(10)).await;
            input_tx.send(1u32).await.expect("the input holds 8: the send does not wait");
            batcher_returns(
                batcher,
                ms(1_000),
                "after the batch of the tick at 100 ms could not be sent (the output's receiver \
                 was gone, the input still open): a `send` that returns `Err` means nobody \
                 takes batches any more, so return",
            )
            .await;
            assert_eq!(
                start.elapsed(),
                ms(100),
                "the batcher should return on the tick at 100 ms, when its send fails"
            );
            drop(input_tx);
        });
    }
}
