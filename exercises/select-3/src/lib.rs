//! select-3: a two-stage pipeline that stops cleanly when cancelled.

use crossbeam_channel::Receiver;
use std::thread::JoinHandle;

/// Starts a pipeline of two threads: a generator of `from, from + 1, ...`
/// (endless) and a stage that squares each number. The squares come out of
/// the returned rendezvous channel. Both threads stop when `done` closes
/// (its sender is dropped), even while blocked on a send, and when the
/// output receiver is dropped. The handles are for joining them.
pub fn squares(done: &Receiver<()>, from: u64) -> (Receiver<u64>, Vec<JoinHandle<()>>) {
    // TODO: two `crossbeam_channel::bounded(0)` channels and two threads,
    // each with its own clone of `done`. Every send and every receive goes
    // through `select!` together with `recv(done)`, so that a thread blocked
    // on a send still sees the cancel. A failed send (receiver gone) or a
    // closed input also ends the thread.
    todo!()
}
