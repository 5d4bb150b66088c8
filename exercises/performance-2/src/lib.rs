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
use std::sync::Mutex;
use std::sync::atomic::AtomicUsize;

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
        // TODO: store the config, an empty list of idle buffers behind the
        // Mutex, and a count of 0 buffers created.
        todo!()
    }

    /// An idle buffer, or a new one of `capacity` bytes when none is idle.
    /// The buffer is empty; it goes back to the pool when the guard drops.
    pub fn get(&self) -> Buffer<'_> {
        // TODO: Go's `pool.Get()`: pop an idle buffer if there is one;
        // otherwise make one with `Vec::with_capacity` (Go's `New`) and count
        // it in `created`. Wrap it in a `Buffer` that remembers this pool.
        todo!()
    }

    /// How many buffers wait in the pool.
    pub fn idle(&self) -> usize {
        todo!()
    }

    /// How many buffers the pool has made (Go's calls to `New`).
    pub fn created(&self) -> usize {
        todo!()
    }

    /// Takes a buffer back: emptied, capacity kept, unless it grew too big or
    /// the pool is full.
    fn put(&self, bytes: Vec<u8>) {
        // TODO: Go's `buf.Reset(); pool.Put(buf)`, with the two limits of
        // `PoolConfig`. Empty it so that it keeps its capacity (Go's
        // `buf[:0]`, not `buf = nil`).
        todo!()
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
        // TODO: take the bytes out, so that `drop` (which still runs on
        // `self`) has nothing to give back.
        todo!()
    }
}

impl Deref for Buffer<'_> {
    type Target = Vec<u8>;

    fn deref(&self) -> &Vec<u8> {
        todo!()
    }
}

impl DerefMut for Buffer<'_> {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        todo!()
    }
}

impl Drop for Buffer<'_> {
    fn drop(&mut self) {
        // TODO: this is the `defer pool.Put(buf)` every Go caller writes:
        // give the bytes back to the pool, if this guard still has them.
        todo!()
    }
}
