//! `select` between tasks: [`tokio::select!`].
//!
//! `tokio::select!` polls several futures and runs the arm of the first to
//! finish; the others are **dropped**, which cancels them. Four things differ
//! from Go:
//!
//! - branches are polled in random order, unless the first token is
//!   `biased;` (top to bottom, for priorities and deterministic tests);
//! - `, if cond` switches a branch off, which is Go's nil-channel trick;
//! - with every branch switched off and no `else` arm, `select!` panics;
//! - a losing future is dropped mid-way: whatever it had already taken is
//!   lost unless the future is *cancel safe* ([`pairs_lossy`]); a losing
//!   `send` drops the value it was given ([`send_or_drop`]).

use std::future::Future;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{interval, sleep};

// ANCHOR: collect_for
/// Receives until `within` has passed or the channel closes.
///
/// The deadline is created once, pinned, and polled by reference (`&mut
/// deadline`) each time round: it keeps its place in time.
pub async fn collect_for<T>(rx: &mut mpsc::Receiver<T>, within: Duration) -> Vec<T> {
    let deadline = sleep(within);
    tokio::pin!(deadline);
    let mut got = Vec::new();
    loop {
        tokio::select! {
            msg = rx.recv() => match msg {
                Some(v) => got.push(v),
                None => break,
            },
            () = &mut deadline => break,
        }
    }
    got
}
// ANCHOR_END: collect_for

// ANCHOR: collect_for_restarting
/// The pitfall: `sleep(within)` written inside `select!` is a new timer each
/// time round, so it measures the gap since the last message, not the time
/// since the start. As long as messages keep coming, it never fires. (It is
/// Go's `case <-time.After(d):` inside a `for`, with the same bug.)
pub async fn collect_for_restarting<T>(rx: &mut mpsc::Receiver<T>, within: Duration) -> Vec<T> {
    let mut got = Vec::new();
    loop {
        tokio::select! {
            msg = rx.recv() => match msg {
                Some(v) => got.push(v),
                None => break,
            },
            () = sleep(within) => break,
        }
    }
    got
}
// ANCHOR_END: collect_for_restarting

// ANCHOR: merge_biased
/// Everything from `high` and `low` until both close, preferring `high`
/// whenever both are ready.
///
/// `biased;` polls the branches top to bottom; `, if open` switches a closed
/// channel's branch off (a closed tokio channel is always ready with `None`,
/// so without it the loop would spin); `else` runs when every branch is off.
pub async fn merge_biased<T>(mut high: mpsc::Receiver<T>, mut low: mpsc::Receiver<T>) -> Vec<T> {
    let (mut high_open, mut low_open) = (true, true);
    let mut merged = Vec::new();
    loop {
        tokio::select! {
            biased;
            msg = high.recv(), if high_open => match msg {
                Some(v) => merged.push(v),
                None => high_open = false,
            },
            msg = low.recv(), if low_open => match msg {
                Some(v) => merged.push(v),
                None => low_open = false,
            },
            else => break,
        }
    }
    merged
}
// ANCHOR_END: merge_biased

// ANCHOR: no_else
/// One value from whichever open channel has one first. There is no `else`
/// arm: called with both `a_open` and `b_open` false, every branch is
/// disabled and `select!` **panics** ("all branches are disabled and there is
/// no else branch"). Go's `select {}` with only nil channels blocks forever
/// instead.
pub async fn next_from_open(
    a: &mut mpsc::Receiver<i32>,
    b: &mut mpsc::Receiver<i32>,
    a_open: bool,
    b_open: bool,
) -> Option<i32> {
    tokio::select! {
        v = a.recv(), if a_open => v,
        v = b.recv(), if b_open => v,
    }
}
// ANCHOR_END: no_else

// ANCHOR: cancel_safety
/// Reads two values as one message. **Not cancel safe**: dropped after the
/// first `recv` completed, the first value is gone with the future.
async fn read_pair(rx: &mut mpsc::Receiver<u32>) -> Option<(u32, u32)> {
    let first = rx.recv().await?;
    let second = rx.recv().await?;
    Some((first, second))
}

/// Pairs up the values of `rx` while a timer ticks every `every` (the tick
/// stands for any other work the loop does). Each time the tick wins while
/// `read_pair` holds a first half, that value is lost.
pub async fn pairs_lossy(rx: &mut mpsc::Receiver<u32>, every: Duration) -> Vec<(u32, u32)> {
    let mut ticks = interval(every);
    let mut pairs = Vec::new();
    loop {
        tokio::select! {
            pair = read_pair(rx) => match pair {
                Some(pair) => pairs.push(pair),
                None => break,
            },
            _ = ticks.tick() => {}
        }
    }
    pairs
}

/// The fix: select only on a cancel-safe future (`Receiver::recv` is one)
/// and keep the half-read state in the loop, not in the future.
pub async fn pairs_safe(rx: &mut mpsc::Receiver<u32>, every: Duration) -> Vec<(u32, u32)> {
    let mut ticks = interval(every);
    let mut pairs = Vec::new();
    let mut first_half = None;
    loop {
        tokio::select! {
            msg = rx.recv() => match (msg, first_half.take()) {
                (Some(second), Some(first)) => pairs.push((first, second)),
                (Some(first), None) => first_half = Some(first),
                (None, _) => break,
            },
            _ = ticks.tick() => {}
        }
    }
    pairs
}
// ANCHOR_END: cancel_safety

// ANCHOR: send_cancel
/// Sends `value` unless `stop` comes first, and says whether it was sent.
/// **Loses the value** when `stop` wins: `send(value)` took it when the
/// future was made, and `select!` drops the losing future, value and all.
pub async fn send_or_drop<T>(
    tx: &mpsc::Sender<T>,
    value: T,
    stop: impl Future<Output = ()>,
) -> bool {
    tokio::select! {
        sent = tx.send(value) => sent.is_ok(),
        () = stop => false,
    }
}

/// The fix: `reserve` waits for room without taking the value; the value
/// goes in through the won permit, which neither waits nor fails. When
/// `stop` wins (or the receiver is gone) the value comes back.
pub async fn send_or_return<T>(
    tx: &mpsc::Sender<T>,
    value: T,
    stop: impl Future<Output = ()>,
) -> Result<(), T> {
    tokio::select! {
        permit = tx.reserve() => match permit {
            Ok(permit) => {
                permit.send(value);
                Ok(())
            }
            Err(_closed) => Err(value),
        },
        () = stop => Err(value),
    }
}
// ANCHOR_END: send_cancel
