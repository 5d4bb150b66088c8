//! Graded tests for leak-3: the heartbeat ticks once per period, and its
//! task ends when nobody listens or when the heartbeat is dropped (checked
//! with `leakcheck`). Time is tokio's paused clock: no test waits for real.

use std::time::Duration;

use leak_3::start_heartbeat;
use leakcheck::run_paused as paused;
use tokio::sync::mpsc;
use tokio::time::{Instant, timeout};

const PERIOD: Duration = Duration::from_millis(10);

graded::tests! {
    /// Beat `n` arrives `n` periods after the start, numbered from 1.
    fn beats_arrive_once_per_period_numbered_from_one() {
        paused(async {
            let (beats, mut heard) = mpsc::channel(1);
            let start = Instant::now();
            let heartbeat = start_heartbeat(PERIOD, beats);
            for n in 1..=5u32 {
                assert_eq!(heard.recv().await, Some(u64::from(n)));
                assert_eq!(start.elapsed(), PERIOD * n, "beat {n} on time");
            }
            drop(heartbeat);
        });
    }

    /// Dropping the heartbeat stops the ticker, while the listener still
    /// listens: its channel then closes.
    fn dropping_the_heartbeat_stops_the_ticker() {
        let mut heard = paused(async {
            let (beats, mut heard) = mpsc::channel(1);
            let heartbeat = start_heartbeat(PERIOD, beats);
            assert_eq!(heard.recv().await, Some(1));
            drop(heartbeat);
            heard
        });
        let rest = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .unwrap()
            .block_on(async {
                timeout(PERIOD * 100, async {
                    let mut late = 0;
                    while heard.recv().await.is_some() {
                        late += 1;
                    }
                    late
                })
                .await
            });
        assert!(matches!(rest, Ok(0..=1)), "the beats went on after the drop: {rest:?}");
    }

    /// When the listener is gone, the ticker ends on its own, though its
    /// heartbeat handle is still alive.
    fn the_ticker_ends_when_nobody_listens() {
        let heartbeat = paused(async {
            let (beats, mut heard) = mpsc::channel(1);
            let heartbeat = start_heartbeat(PERIOD, beats);
            assert_eq!(heard.recv().await, Some(1));
            drop(heard);
            heartbeat
        });
        drop(heartbeat);
    }

    /// Many heartbeats at once: each keeps its own count, and every one stops.
    fn many_heartbeats_keep_their_own_count_and_all_stop() {
        paused(async {
            let mut listeners = Vec::new();
            let mut hearts = Vec::new();
            for i in 1..=20u32 {
                let (beats, heard) = mpsc::channel(1);
                hearts.push(start_heartbeat(PERIOD * i, beats));
                listeners.push(heard);
            }
            for (i, heard) in (1..=20u32).zip(&mut listeners) {
                assert_eq!(heard.recv().await, Some(1), "heartbeat {i}");
                assert_eq!(heard.recv().await, Some(2), "heartbeat {i}");
            }
            drop(hearts);
        });
    }
}
