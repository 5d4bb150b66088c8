//! select-3: a two-stage pipeline that stops cleanly when cancelled.

use crossbeam_channel::{Receiver, Sender, bounded, select};
use std::thread::{self, JoinHandle};

/// Sends `value` unless `done` closes first; `false` if it was not delivered.
fn send_or_done<T>(done: &Receiver<()>, out: &Sender<T>, value: T) -> bool {
    select! {
        send(out, value) -> sent => sent.is_ok(),
        recv(done) -> _ => false,
    }
}

/// Starts a pipeline of two threads: a generator of `from, from + 1, ...`
/// (endless) and a stage that squares each number. The squares come out of
/// the returned rendezvous channel. Both threads stop when `done` closes
/// (its sender is dropped), even while blocked on a send, and when the
/// output receiver is dropped. The handles are for joining them.
pub fn squares(done: &Receiver<()>, from: u64) -> (Receiver<u64>, Vec<JoinHandle<()>>) {
    let (numbers_tx, numbers) = bounded(0);
    let (squares_tx, squares) = bounded(0);

    let generator_done = done.clone();
    let generator = thread::spawn(move || {
        for n in from.. {
            if !send_or_done(&generator_done, &numbers_tx, n) {
                return;
            }
        }
    });

    let done = done.clone();
    let square = thread::spawn(move || {
        loop {
            let n = select! {
                recv(numbers) -> n => match n {
                    Ok(n) => n,
                    Err(_) => return,
                },
                recv(done) -> _ => return,
            };
            if !send_or_done(&done, &squares_tx, n * n) {
                return;
            }
        }
    });

    (squares, vec![generator, square])
}
