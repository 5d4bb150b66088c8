//! `select` between threads: crossbeam-channel's `select!` and [`Select`],
//! and flume's [`flume::Selector`].
//!
//! crossbeam's `select!` is the closest thing Rust has to Go's `select`: it
//! blocks a thread until one of several channel operations can go ahead, picks
//! one at random when several can, and has a `default` arm (non-blocking, or
//! with a timeout). A case is switched off, like Go's nil channel, by pointing
//! it at [`never()`].

use crossbeam_channel::{Receiver, Select, never, select};
use std::time::Duration;

/// Why a receive ended without a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waited {
    /// Nothing arrived in time.
    TimedOut,
    /// Every sender is gone: Go's closed channel.
    Closed,
}

// ANCHOR: try_take
/// Go's `select { case v := <-ch: ... default: ... }`: a value if one is ready
/// now, `None` at once otherwise. (`rx.try_recv()` does the same; `select!`
/// with `default` scales to several channels.)
pub fn try_take<T>(rx: &Receiver<T>) -> Option<T> {
    select! {
        recv(rx) -> msg => msg.ok(),
        default => None,
    }
}
// ANCHOR_END: try_take

/// Go's `select { case v := <-ch: ... case <-time.After(d): ... }`.
///
/// ```
/// use select::threads::{recv_or_timeout, Waited};
/// use std::time::Duration;
///
/// let (tx, rx) = crossbeam_channel::bounded(1);
/// tx.send(7).unwrap();
/// assert_eq!(recv_or_timeout(&rx, Duration::from_millis(1)), Ok(7));
/// drop(tx);
/// assert_eq!(recv_or_timeout(&rx, Duration::from_secs(60)), Err(Waited::Closed));
/// ```
// ANCHOR: recv_or_timeout
pub fn recv_or_timeout<T>(rx: &Receiver<T>, timeout: Duration) -> Result<T, Waited> {
    select! {
        recv(rx) -> msg => msg.map_err(|_| Waited::Closed),
        default(timeout) => Err(Waited::TimedOut),
    }
}
// ANCHOR_END: recv_or_timeout

// ANCHOR: sum_until_quit
/// Go's `for { select { case v := <-work: ... case <-quit: break loop } }`.
///
/// Sums `work` until `quit` fires (a message, or every quit sender dropped,
/// which is Go's `close(quit)`) or `work` closes. When both are ready,
/// `select!` picks one at random, as Go does.
pub fn sum_until_quit(work: &Receiver<i64>, quit: &Receiver<()>) -> i64 {
    let mut sum = 0;
    // In Go, `break` inside `select` leaves only the select: the loop needs a
    // label. In Rust `select!` is not a loop, so `break` leaves the loop;
    // the label is kept for the reader coming from Go.
    'serve: loop {
        select! {
            recv(work) -> msg => match msg {
                Ok(v) => sum += v,
                Err(_) => break 'serve,
            },
            recv(quit) -> _ => break 'serve,
        }
    }
    sum
}
// ANCHOR_END: sum_until_quit

// ANCHOR: merge_two
/// Receives from both channels until both are closed. A closed channel's
/// case is switched off by replacing it with [`never()`], Go's nil channel.
pub fn merge_two<T>(a: Receiver<T>, b: Receiver<T>) -> Vec<T> {
    let off = never();
    let (mut a, mut b) = (Some(a), Some(b));
    let mut merged = Vec::new();
    while a.is_some() || b.is_some() {
        select! {
            recv(a.as_ref().unwrap_or(&off)) -> msg => match msg {
                Ok(v) => merged.push(v),
                Err(_) => a = None,
            },
            recv(b.as_ref().unwrap_or(&off)) -> msg => match msg {
                Ok(v) => merged.push(v),
                Err(_) => b = None,
            },
        }
    }
    merged
}
// ANCHOR_END: merge_two

// ANCHOR: first_ready
/// The index of the first of `receivers` to be ready, and what it gave
/// (`None`: that channel is closed). [`Select`] is the run-time form of
/// `select!`: for a number of channels known only when the program runs.
/// `None` when there are no receivers: an empty `Select` would block forever.
pub fn first_ready<T>(receivers: &[Receiver<T>]) -> Option<(usize, Option<T>)> {
    if receivers.is_empty() {
        return None;
    }
    let mut sel = Select::new();
    for rx in receivers {
        sel.recv(rx);
    }
    let op = sel.select();
    let index = op.index();
    // The selected operation must be completed with the same receiver.
    Some((index, op.recv(&receivers[index]).ok()))
}
// ANCHOR_END: first_ready

// ANCHOR: flume_merge
/// [`merge_two`] with flume's [`flume::Selector`]: a builder, rebuilt each
/// time round, so a closed channel is switched off simply by not adding it.
pub fn merge_two_flume<T>(a: flume::Receiver<T>, b: flume::Receiver<T>) -> Vec<T> {
    enum Event<T> {
        Value(T),
        AClosed,
        BClosed,
    }
    let (mut a_open, mut b_open) = (true, true);
    let mut merged = Vec::new();
    while a_open || b_open {
        let mut selector = flume::Selector::new();
        if a_open {
            selector = selector.recv(&a, |msg| msg.map_or(Event::AClosed, Event::Value));
        }
        if b_open {
            selector = selector.recv(&b, |msg| msg.map_or(Event::BClosed, Event::Value));
        }
        match selector.wait() {
            Event::Value(v) => merged.push(v),
            Event::AClosed => a_open = false,
            Event::BClosed => b_open = false,
        }
    }
    merged
}
// ANCHOR_END: flume_merge

/// Which case of a two-case select was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// The case written (or added) first.
    First,
    /// The case written (or added) second.
    Second,
}

// ANCHOR: flume_pick
/// One [`flume::Selector`] over two receivers, `a` added first.
///
/// The course builds flume without its `eventual-fairness` feature, so the
/// selector tries its cases in the order they were added, every time: when
/// both channels are ready, `a` wins. (With the feature, `wait` starts at a
/// random case.) A channel that is always ready starves the ones after it.
pub fn flume_pick<T>(a: &flume::Receiver<T>, b: &flume::Receiver<T>) -> Case {
    flume::Selector::new()
        .recv(a, |_| Case::First)
        .recv(b, |_| Case::Second)
        .wait()
}
// ANCHOR_END: flume_pick

/// The same two-case select with crossbeam's `select!`, which picks a ready
/// case at random, as Go's `select` does.
pub fn crossbeam_pick<T>(a: &Receiver<T>, b: &Receiver<T>) -> Case {
    select! {
        recv(a) -> _ => Case::First,
        recv(b) -> _ => Case::Second,
    }
}
