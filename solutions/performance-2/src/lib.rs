//! performance-2: a pool of byte buffers that hands each buffer out behind
//! a guard and takes it back when the guard is dropped: Go's `sync.Pool`
//! with the `defer pool.Put(buf)` and the `buf.Reset()` done by the type.
//!
//! Two limits keep the pool from holding memory it should not: at most
//! `max_idle` buffers wait in it, and a buffer that grew beyond
//! `max_capacity` is dropped instead of pooled (Go's `fmt` package, for the
//! same reason, does not put a printer back in its `sync.Pool` once the
//! printer's buffer grew beyond 64 KiB).

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// The pool's limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolConfig {
    /// How many buffers may wait in the pool; more are dropped.
    pub max_idle: usize,
    /// The capacity of each new buffer.
    pub capacity: usize,
    /// A buffer whose capacity grew beyond this is dropped, not pooled.
    pub max_capacity: usize,
}

/// Buffers to reuse, shared by threads (`&BufferPool` is `Send`).
pub struct BufferPool {
    config: PoolConfig,
    idle: Mutex<Vec<Vec<u8>>>,
    created: AtomicUsize,
}

impl BufferPool {
    /// An empty pool with these limits.
    pub fn new(config: PoolConfig) -> BufferPool {
        BufferPool {
            config,
            // Room for every idle buffer now: giving one back never allocates.
            idle: Mutex::new(Vec::with_capacity(config.max_idle)),
            created: AtomicUsize::new(0),
        }
    }

    /// An idle buffer, or a new one of `capacity` bytes when none is idle.
    /// The buffer is empty; it goes back to the pool when the guard drops.
    pub fn get(&self) -> Buffer<'_> {
        let reused = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop();
        let bytes = reused.unwrap_or_else(|| {
            self.created.fetch_add(1, Ordering::Relaxed);
            Vec::with_capacity(self.config.capacity)
        });
        Buffer {
            bytes: Some(bytes),
            pool: self,
        }
    }

    /// How many buffers wait in the pool.
    pub fn idle(&self) -> usize {
        self.idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// How many buffers the pool has made (Go's calls to `New`).
    pub fn created(&self) -> usize {
        self.created.load(Ordering::Relaxed)
    }

    /// Takes a buffer back: emptied, capacity kept, unless it grew too big or
    /// the pool is full.
    fn put(&self, mut bytes: Vec<u8>) {
        if bytes.capacity() > self.config.max_capacity {
            return;
        }
        bytes.clear();
        let mut idle = self.idle.lock().unwrap_or_else(PoisonError::into_inner);
        if idle.len() < self.config.max_idle {
            idle.push(bytes);
        }
    }
}

/// A buffer lent by a [`BufferPool`]: a `Vec<u8>` through `Deref`, given
/// back to the pool when dropped.
pub struct Buffer<'a> {
    /// `None` only once [`Buffer::into_inner`] took the bytes.
    bytes: Option<Vec<u8>>,
    pool: &'a BufferPool,
}

impl Buffer<'_> {
    /// Keeps the bytes for good: the buffer does not go back to the pool.
    pub fn into_inner(mut self) -> Vec<u8> {
        self.bytes.take().unwrap_or_default()
    }
}

impl Deref for Buffer<'_> {
    type Target = Vec<u8>;

    fn deref(&self) -> &Vec<u8> {
        // `bytes` is `Some` until `into_inner`, which consumes the guard.
        self.bytes.as_ref().expect("a live Buffer holds its bytes")
    }
}

impl DerefMut for Buffer<'_> {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        self.bytes.as_mut().expect("a live Buffer holds its bytes")
    }
}

impl Drop for Buffer<'_> {
    fn drop(&mut self) {
        if let Some(bytes) = self.bytes.take() {
            self.pool.put(bytes);
        }
    }
}
