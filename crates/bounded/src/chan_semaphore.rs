//! Go's buffered channel as a semaphore, with std's `sync_channel`.

use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

// ANCHOR: semaphore
/// A counting semaphore made of a bounded channel: acquiring is sending a
/// token into the buffer (it blocks while `n` tokens are in), releasing is
/// taking one out. Go's `sem <- struct{}{}` and `<-sem`.
///
/// Provided for the side-by-side with Go; real Rust code reaches for tokio's
/// `Semaphore` (async) or a worker pool (threads).
#[derive(Clone)]
pub struct ChanSemaphore {
    slots: SyncSender<()>,
    taken: Arc<Mutex<Receiver<()>>>,
}

/// A token: releases its slot when dropped, so a panic cannot leak it.
pub struct Token<'a>(&'a ChanSemaphore);

impl ChanSemaphore {
    /// A semaphore with `n` slots.
    pub fn new(n: usize) -> Self {
        let (slots, taken) = sync_channel(n);
        ChanSemaphore {
            slots,
            taken: Arc::new(Mutex::new(taken)),
        }
    }

    /// Waits for a free slot: `sem <- struct{}{}`.
    pub fn acquire(&self) -> Token<'_> {
        self.slots.send(()).expect("the receiver lives in self");
        Token(self)
    }
}

impl Drop for Token<'_> {
    fn drop(&mut self) {
        // `<-sem`: a token is in the buffer, so this does not wait.
        let _ = self.0.taken.lock().unwrap().recv();
    }
}
// ANCHOR_END: semaphore
