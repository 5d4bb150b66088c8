//! select-4: the ticker-driven batcher, on a paused clock: each batch's
//! arrival time is exact. Each test also checks, with `leakcheck`, that no
//! task or thread is left behind.

use leakcheck::run_paused as paused;
use select_4::batch;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{Instant, sleep};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Runs the batcher on values sent at the given times (ms since the start;
/// the input closes at `close_at`); returns each batch with when it came.
async fn run(
    max: usize,
    every: u64,
    sends: Vec<(u64, u32)>,
    close_at: u64,
) -> Vec<(Vec<u32>, Duration)> {
    let start = Instant::now();
    let (input_tx, input) = mpsc::channel(64);
    let (output, mut batches) = mpsc::channel(64);
    let batcher = tokio::spawn(batch(input, max, ms(every), output));
    tokio::spawn(async move {
        for (at, v) in sends {
            tokio::time::sleep_until(start + ms(at)).await;
            input_tx.send(v).await.unwrap();
        }
        tokio::time::sleep_until(start + ms(close_at)).await;
    });
    let mut got = Vec::new();
    while let Some(b) = batches.recv().await {
        got.push((b, start.elapsed()));
    }
    batcher.await.unwrap();
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
                "batches of 3, the rest when the input closes"
            );
        });
    }

    /// A partial batch goes on the next tick.
    fn a_partial_batch_is_sent_on_the_tick() {
        paused(async {
            let got = run(10, 100, vec![(0, 1), (30, 2), (150, 3)], 250).await;
            assert_eq!(got, [(vec![1, 2], ms(100)), (vec![3], ms(200))]);
        });
    }

    /// Ticks with nothing gathered send nothing; the ticker keeps its schedule.
    fn idle_ticks_send_no_empty_batches() {
        paused(async {
            let got = run(10, 100, vec![(420, 1)], 1_000).await;
            assert_eq!(got, [(vec![1], ms(500))]);
        });
    }

    /// Closing the input sends the rest at once and ends the batcher.
    fn closing_the_input_flushes_the_rest() {
        paused(async {
            let got = run(10, 100, vec![(10, 1), (20, 2)], 60).await;
            assert_eq!(got, [(vec![1, 2], ms(60))]);
        });
    }

    /// With the output's receiver gone, the batcher returns instead of waiting.
    fn returns_when_nobody_takes_the_batches() {
        paused(async {
            let (input_tx, input) = mpsc::channel(8);
            let (output, batches) = mpsc::channel(1);
            drop(batches);
            let batcher = tokio::spawn(batch(input, 2, ms(100), output));
            for v in 0..4u32 {
                if input_tx.send(v).await.is_err() {
                    break;
                }
            }
            sleep(ms(300)).await;
            batcher.await.unwrap();
            drop(input_tx);
        });
    }
}
