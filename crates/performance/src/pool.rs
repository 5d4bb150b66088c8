//! A pool of byte buffers shared by threads: Go's `sync.Pool` of
//! `*bytes.Buffer`, with its `Get` and `Put`.
//!
//! Unlike `sync.Pool`, nothing empties this pool behind your back (Go drops
//! pooled objects at garbage collections); it keeps at most `max_idle`
//! buffers, and it clears each buffer when it is put back, so that no
//! request sees the bytes of the one before (the `Reset` a Go caller has to
//! remember).

use std::sync::{Mutex, PoisonError};

// ANCHOR: pool
/// Idle buffers, ready to be reused.
pub struct BufferPool {
    idle: Mutex<Vec<Vec<u8>>>,
    max_idle: usize,
}

impl BufferPool {
    /// A pool that keeps at most `max_idle` buffers.
    pub fn new(max_idle: usize) -> BufferPool {
        BufferPool {
            // Room for every idle buffer now, so that `put` never allocates.
            idle: Mutex::new(Vec::with_capacity(max_idle)),
            max_idle,
        }
    }

    /// An idle buffer if there is one, or a new, empty one (Go's `Get`,
    /// with `New` for an empty pool).
    pub fn get(&self) -> Vec<u8> {
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_default()
    }

    /// Gives a buffer back, emptied but with its capacity kept (Go's `Put`,
    /// with the `Reset` done here rather than by every caller).
    pub fn put(&self, mut buffer: Vec<u8>) {
        buffer.clear();
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        if idle.len() < self.max_idle {
            idle.push(buffer);
        }
    }
    // ANCHOR_END: pool

    /// How many buffers wait in the pool.
    pub fn idle(&self) -> usize {
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

// ANCHOR: handle
/// A request's reply written into a buffer from the pool, which goes back to
/// the pool when the reply has been "sent"; returns the reply's length.
pub fn handle(pool: &BufferPool) -> usize {
    let mut buffer = pool.get();
    for _ in 0..20 {
        buffer.extend_from_slice(b"line of the reply\n");
    }
    let sent = buffer.len();
    pool.put(buffer);
    sent
}

/// The same reply in a new buffer every time.
pub fn handle_without_pool() -> usize {
    let mut buffer = Vec::new();
    for _ in 0..20 {
        buffer.extend_from_slice(b"line of the reply\n");
    }
    buffer.len()
}
// ANCHOR_END: handle
