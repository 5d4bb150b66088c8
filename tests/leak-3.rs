//! Graded tests for leak-3: the heartbeat ticks once per period, and its
//! task ends when nobody listens or when the heartbeat is dropped (checked
//! with `leakcheck`). Time is tokio's paused clock: no test waits for real.

use std::time::Duration;

use leak_3::start_heartbeat;
use leakcheck::run_paused as paused;
use tokio::sync::mpsc;
use tokio::time::{Instant, timeout};

const PERIOD: Duration = Duration::from_millis(10);

/// The next beat, or `None` once the heartbeat has stopped (its sender is
/// gone). Bounded: a heartbeat that neither beats nor stops within 100
/// periods of paused time fails the test.
async fn next_beat(heard: &mut mpsc::Receiver<u64>, what: &str) -> Option<u64> {
    timeout(PERIOD * 100, heard.recv())
        .await
        .unwrap_or_else(|_| {
            panic!("{what}: no beat came within 100 periods, and the heartbeat did not stop either")
        })
}

graded::tests! {
    /// Beat `n` arrives `n` periods after the start, numbered from 1.
    fn beats_arrive_once_per_period_numbered_from_one() {
        paused(async {
            let (beats, mut heard) = mpsc::channel(1);
            let start = Instant::now();
            let heartbeat = start_heartbeat(PERIOD, beats);
            for n in 1..=5u32 {
                let beat = next_beat(&mut heard, &format!("waiting for beat {n}")).await;
                assert_eq!(
                    beat,
                    Some(u64::from(n)),
                    "beat {n} came as {beat:?}: the beats are numbered 1, 2, 3, … with none \
                     skipped"
                );
                let at = start.elapsed();
                assert_eq!(
                    at,
                    PERIOD * n,
                    "beat {n} came {at:?} after the start, not {:?}: one beat per period, the \
                     first one period after the start (`interval` ticks at once; \
                     `interval_at(start + period, period)` does not)",
                    PERIOD * n
                );
            }
            drop(heartbeat);
        });
    }

    /// A listener slower than the heartbeat still hears every beat, in
    /// order: a full channel means "wait", not "nobody listens" (the beats
    /// are numbered; none may be dropped), and the heartbeat keeps going.
    fn a_slow_listener_hears_every_beat_in_order() {
        paused(async {
            let (beats, mut heard) = mpsc::channel(1);
            let heartbeat = start_heartbeat(PERIOD, beats);
            for n in 1..=6u64 {
                let beat = next_beat(&mut heard, &format!("a slow listener waiting for beat {n}")).await;
                assert!(
                    beat.is_some(),
                    "the heartbeat stopped before beat {n} while its listener was still there, \
                     only slow: a send into a full channel must wait for room, not end the \
                     heartbeat (only a closed channel means nobody listens)"
                );
                assert_eq!(
                    beat,
                    Some(n),
                    "a slow listener got beat {beat:?} where beat {n} was due: beats were skipped \
                     while the channel was full (wait with `send(..).await`, do not drop them)"
                );
                // Slow: three periods per beat, so the channel is full meanwhile.
                tokio::time::sleep(PERIOD * 3).await;
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
            let first = next_beat(&mut heard, "waiting for beat 1").await;
            assert_eq!(first, Some(1), "the first beat must be beat 1, got {first:?}");
            drop(heartbeat);
            heard
        });
        let rest = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .expect("could not build a tokio runtime")
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
        assert!(
            matches!(rest, Ok(0..=1)),
            "the beats went on after the heartbeat was dropped ({rest:?} more; at most the one \
             already queued may come): abort the task in `Drop`"
        );
    }

    /// When the listener is gone, the ticker ends on its own, though its
    /// heartbeat handle is still alive.
    fn the_ticker_ends_when_nobody_listens() {
        let heartbeat = paused(async {
            let (beats, mut heard) = mpsc::channel(1);
            let heartbeat = start_heartbeat(PERIOD, beats);
            let first = next_beat(&mut heard, "waiting for beat 1").await;
            assert_eq!(first, Some(1), "the first beat must be beat 1, got {first:?}");
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
                for n in 1..=2u64 {
                    let beat = next_beat(heard, &format!("heartbeat {i} of 20, beat {n}")).await;
                    assert_eq!(
                        beat,
                        Some(n),
                        "heartbeat {i} of 20 sent {beat:?} where beat {n} was due: each \
                         heartbeat counts its own beats from 1, none skipped"
                    );
                }
            }
            drop(hearts);
        });
    }
}
