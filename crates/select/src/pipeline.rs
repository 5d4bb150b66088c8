//! Go's pipeline patterns on threads, with crossbeam-channel: generator,
//! stages, fan-out, fan-in, or-done, tee and bridge.
//!
//! Every stage takes Go's `done` channel: a [`Receiver<()>`] that nobody
//! sends on. Dropping its [`Sender`] closes it, and every clone of the
//! receiver becomes ready at once: a broadcast that cancels the whole
//! pipeline. Each stage does every send and receive inside a `select!` that
//! also watches `done`, so a stage blocked on a full channel still stops.
//!
//! A Go pipeline's goroutines are fire-and-forget. Here [`Stages`] keeps each
//! stage's thread, so that [`Stages::join`] can prove that none outlives the
//! pipeline.

use crossbeam_channel::{Receiver, Select, Sender, bounded, select};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

// ANCHOR: helpers
/// Sends `value` unless `done` closes first; `false` when the value was not
/// delivered (cancelled, or nobody receives any more).
fn send_or_done<T>(done: &Receiver<()>, out: &Sender<T>, value: T) -> bool {
    select! {
        send(out, value) -> sent => sent.is_ok(),
        recv(done) -> _ => false,
    }
}

/// The next value of `input`, or `None` once it closes or `done` does.
fn recv_or_done<T>(done: &Receiver<()>, input: &Receiver<T>) -> Option<T> {
    select! {
        recv(input) -> msg => msg.ok(),
        recv(done) -> _ => None,
    }
}
// ANCHOR_END: helpers

/// The threads of one pipeline.
#[derive(Debug, Default)]
pub struct Stages {
    threads: Vec<JoinHandle<()>>,
}

impl Stages {
    /// A pipeline with no stage yet.
    pub fn new() -> Self {
        Self::default()
    }

    fn spawn(&mut self, stage: impl FnOnce() + Send + 'static) {
        self.threads.push(thread::spawn(stage));
    }

    /// How many stage threads were started.
    pub fn len(&self) -> usize {
        self.threads.len()
    }

    /// Whether no stage was started.
    pub fn is_empty(&self) -> bool {
        self.threads.is_empty()
    }

    /// Waits for every stage; a stage that panicked panics here.
    pub fn join(self) {
        for thread in self.threads {
            if let Err(payload) = thread.join() {
                std::panic::resume_unwind(payload);
            }
        }
    }

    // ANCHOR: generator
    /// Go's generator: a channel that yields `values`, then closes. The
    /// iterator may be endless; `done` stops it.
    pub fn generator<T, I>(&mut self, done: &Receiver<()>, values: I) -> Receiver<T>
    where
        T: Send + 'static,
        I: IntoIterator<Item = T> + Send + 'static,
    {
        let (out, rx) = bounded(0);
        let done = done.clone();
        self.spawn(move || {
            for v in values {
                if !send_or_done(&done, &out, v) {
                    return;
                }
            }
        }); // `out` is dropped here: the channel closes
        rx
    }
    // ANCHOR_END: generator

    // ANCHOR: map
    /// A pipeline stage: `f` applied to every value of `input`.
    pub fn map<T, U, F>(&mut self, done: &Receiver<()>, input: Receiver<T>, f: F) -> Receiver<U>
    where
        T: Send + 'static,
        U: Send + 'static,
        F: Fn(T) -> U + Send + 'static,
    {
        let (out, rx) = bounded(0);
        let done = done.clone();
        self.spawn(move || {
            while let Some(v) = recv_or_done(&done, &input) {
                if !send_or_done(&done, &out, f(v)) {
                    return;
                }
            }
        });
        rx
    }
    // ANCHOR_END: map

    // ANCHOR: fan_out
    /// Fan-out: `workers` copies of the stage `f`, all reading `input` (a
    /// crossbeam receiver can be cloned: many consumers). Each worker has its
    /// own output; merge them with [`Stages::fan_in`].
    pub fn fan_out<T, U, F>(
        &mut self,
        done: &Receiver<()>,
        input: Receiver<T>,
        workers: usize,
        f: F,
    ) -> Vec<Receiver<U>>
    where
        T: Send + 'static,
        U: Send + 'static,
        F: Fn(T) -> U + Send + Sync + 'static,
    {
        let f = Arc::new(f);
        (0..workers)
            .map(|_| {
                let f = Arc::clone(&f);
                self.map(done, input.clone(), move |v| f(v))
            })
            .collect()
    }
    // ANCHOR_END: fan_out

    // ANCHOR: fan_in
    /// Fan-in: one channel carrying every value of `inputs`, closed once all
    /// of them are. As in Go, one forwarding thread per input; the output
    /// closes when the last forwarder drops its clone of the sender.
    pub fn fan_in<T>(&mut self, done: &Receiver<()>, inputs: Vec<Receiver<T>>) -> Receiver<T>
    where
        T: Send + 'static,
    {
        let (out, rx) = bounded(0);
        for input in inputs {
            let (done, out) = (done.clone(), out.clone());
            self.spawn(move || {
                while let Some(v) = recv_or_done(&done, &input) {
                    if !send_or_done(&done, &out, v) {
                        return;
                    }
                }
            });
        }
        rx
    }
    // ANCHOR_END: fan_in

    // ANCHOR: or_done
    /// Or-done: `input`, but closed as soon as `done` is, so that a consumer
    /// can `for v in` a channel it does not own without also watching `done`.
    pub fn or_done<T>(&mut self, done: &Receiver<()>, input: Receiver<T>) -> Receiver<T>
    where
        T: Send + 'static,
    {
        self.map(done, input, |v| v)
    }
    // ANCHOR_END: or_done

    // ANCHOR: tee
    /// Tee: every value of `input` on both outputs. Each value goes to
    /// whichever output is ready first, then to the other: a [`Select`] on
    /// the two sends, with the one that went through removed (in Go, that
    /// output's local copy is set to nil).
    pub fn tee<T>(&mut self, done: &Receiver<()>, input: Receiver<T>) -> (Receiver<T>, Receiver<T>)
    where
        T: Clone + Send + 'static,
    {
        let (out1, rx1) = bounded(0);
        let (out2, rx2) = bounded(0);
        let done = done.clone();
        self.spawn(move || {
            while let Some(v) = recv_or_done(&done, &input) {
                let mut sel = Select::new();
                let first = sel.send(&out1);
                sel.send(&out2);
                let cancelled = sel.recv(&done);
                for _ in 0..2 {
                    let op = sel.select();
                    match op.index() {
                        i if i == cancelled => {
                            let _ = op.recv(&done);
                            return;
                        }
                        i => {
                            // A receiver that is gone no longer wants values:
                            // count its send as done.
                            let out = if i == first { &out1 } else { &out2 };
                            let _ = op.send(out, v.clone());
                            sel.remove(i);
                        }
                    }
                }
            }
        });
        (rx1, rx2)
    }
    // ANCHOR_END: tee

    // ANCHOR: bridge
    /// Bridge: a channel of channels flattened into one channel, each inner
    /// channel drained in turn.
    pub fn bridge<T>(&mut self, done: &Receiver<()>, streams: Receiver<Receiver<T>>) -> Receiver<T>
    where
        T: Send + 'static,
    {
        let (out, rx) = bounded(0);
        let done = done.clone();
        self.spawn(move || {
            while let Some(stream) = recv_or_done(&done, &streams) {
                while let Some(v) = recv_or_done(&done, &stream) {
                    if !send_or_done(&done, &out, v) {
                        return;
                    }
                }
            }
        });
        rx
    }
    // ANCHOR_END: bridge
}
