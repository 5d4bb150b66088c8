//! Graded tests for performance-2: a pool of buffers behind a guard. The
//! reuse is graded by what the pool creates and what a request allocates
//! (counted by the course's counting allocator), never by time.

use performance_2::{BufferPool, PoolConfig};

// Every allocation of this test binary goes through the counter.
#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

fn new_pool(max_idle: usize, capacity: usize, max_capacity: usize) -> BufferPool {
    BufferPool::new(PoolConfig {
        max_idle,
        capacity,
        max_capacity,
    })
}

graded::tests! {
    /// An empty pool makes a new, empty buffer of the configured capacity,
    /// in one allocation.
    fn an_empty_pool_makes_a_buffer() {
        let pool = new_pool(4, 64, 1024);
        assert_eq!((pool.idle(), pool.created()), (0, 0), "a new pool holds and has made nothing");
        let (buffer, seen) = allocount::count(|| pool.get());
        assert!(buffer.is_empty(), "a new buffer should be empty");
        assert!(
            buffer.capacity() >= 64,
            "a new buffer should have the configured capacity (64), not {}",
            buffer.capacity()
        );
        assert_eq!(seen.count, 1, "making a buffer should be one allocation, was {}", seen.count);
        assert_eq!(pool.created(), 1, "the pool should count the buffer it made");
    }

    /// A dropped buffer goes back to the pool, and the next `get` reuses it
    /// without allocating.
    fn a_dropped_buffer_is_reused() {
        let pool = new_pool(4, 64, 1024);
        let mut buffer = pool.get();
        buffer.extend_from_slice(b"request 1");
        drop(buffer);
        assert_eq!(
            pool.idle(),
            1,
            "a dropped buffer should wait in the pool: the guard's `Drop` gives it back"
        );
        let ((buffer, was_empty), seen) = allocount::count(|| {
            let mut buffer = pool.get();
            let was_empty = buffer.is_empty();
            buffer.extend_from_slice(&[7; 64]);
            (buffer, was_empty)
        });
        assert_eq!(
            pool.created(),
            1,
            "the second `get` made a new buffer instead of reusing the idle one"
        );
        assert!(
            was_empty,
            "the reused buffer still held the last request's bytes: the pool must empty a buffer \
             it takes back (the `buf.Reset()` a Go caller forgets)"
        );
        assert_eq!(
            seen.count, 0,
            "reusing a pooled buffer and writing 64 bytes into it allocated {} times: the buffer \
             came back without its capacity (emptied with `Vec::new()`, Go's `buf = nil`, \
             instead of `clear()`, Go's `buf[:0]`)",
            seen.count
        );
        assert_eq!(pool.idle(), 0, "a buffer that is lent out is not idle");
        drop(buffer);
    }

    /// A reused buffer is empty: the next user never sees the last user's
    /// bytes.
    fn a_reused_buffer_is_empty() {
        let pool = new_pool(4, 64, 1024);
        let mut buffer = pool.get();
        buffer.extend_from_slice(b"secret of request 1");
        drop(buffer);
        let buffer = pool.get();
        assert!(
            buffer.is_empty(),
            "the reused buffer still held {:?}: the pool must empty a buffer it takes back \
             (the `buf.Reset()` a Go caller forgets)",
            String::from_utf8_lossy(&buffer)
        );
        assert_eq!(pool.created(), 1, "the second `get` should have reused the first buffer");
    }

    /// In a steady state, a thousand requests allocate nothing at all.
    fn requests_on_a_warm_pool_allocate_nothing() {
        let pool = new_pool(2, 256, 1024);
        drop(pool.get());
        let (total, seen) = allocount::count(|| {
            let mut total = 0;
            for i in 0..1000 {
                let mut buffer = pool.get();
                for _ in 0..(i % 16) {
                    buffer.extend_from_slice(b"0123456789abcdef");
                }
                total += buffer.len();
            }
            total
        });
        assert_eq!(
            total,
            16 * (0..1000).map(|i| i % 16).sum::<usize>(),
            "each buffer should hold what was written into it"
        );
        assert_eq!(
            seen.count, 0,
            "1000 requests on a warm pool allocated {} times: each should reuse the one idle \
             buffer, capacity and all",
            seen.count
        );
        assert_eq!((pool.created(), pool.idle()), (1, 1), "one buffer should serve every request");
    }

    /// At most `max_idle` buffers wait in the pool; the rest are dropped.
    fn at_most_max_idle_buffers_wait() {
        let pool = new_pool(2, 16, 1024);
        let held: Vec<_> = (0..5).map(|_| pool.get()).collect();
        assert_eq!(pool.created(), 5, "five buffers held at once are five buffers made");
        drop(held);
        assert_eq!(
            pool.idle(),
            2,
            "after five buffers came back the pool held {}, not max_idle = 2: an unbounded pool \
             keeps the memory of its busiest moment for ever",
            pool.idle()
        );
        let again: Vec<_> = (0..3).map(|_| pool.get()).collect();
        assert_eq!(pool.created(), 6, "two idle buffers serve two gets; the third makes a new one");
        drop(again);
        let none = new_pool(0, 16, 1024);
        drop(none.get());
        assert_eq!(none.idle(), 0, "a pool with max_idle = 0 keeps nothing");
    }

    /// A buffer that grew beyond `max_capacity` is dropped, not pooled; one
    /// at exactly `max_capacity` is kept.
    fn an_oversized_buffer_is_not_pooled() {
        let pool = new_pool(4, 16, 256);
        let mut buffer = pool.get();
        buffer.extend_from_slice(&[1; 1000]);
        drop(buffer);
        assert_eq!(
            pool.idle(),
            0,
            "a buffer that grew to {} bytes went back into the pool: one big request would keep \
             its memory alive for ever (drop buffers above max_capacity)",
            1000
        );
        let buffer = pool.get();
        assert!(buffer.capacity() < 1000, "the next buffer should be a new, small one");
        assert_eq!(pool.created(), 2, "the oversized buffer was dropped, so a new one is made");
        drop(buffer);
        let mut exact = pool.get();
        exact.reserve_exact(256);
        assert_eq!(
            exact.capacity(),
            256,
            "test setup: reserve_exact(256) on an empty buffer gives 256 bytes"
        );
        drop(exact);
        assert_eq!(
            pool.idle(),
            1,
            "a buffer of exactly max_capacity bytes was dropped: only one that grew *beyond* \
             max_capacity should be (`>`, not `>=`)"
        );
    }

    /// `into_inner` keeps the bytes: the buffer does not go back, and the
    /// pool does not keep an empty stand-in for it.
    fn into_inner_takes_the_buffer_out_of_the_pool() {
        let pool = new_pool(4, 64, 1024);
        let mut buffer = pool.get();
        buffer.extend_from_slice(b"sent for good");
        let bytes = buffer.into_inner();
        assert_eq!(bytes, b"sent for good", "into_inner should return the bytes written");
        assert_eq!(
            pool.idle(),
            0,
            "after into_inner the pool held {} buffer(s): the guard's `Drop` gave back an empty \
             Vec left in place of the bytes (take them so that `drop` has nothing to give)",
            pool.idle()
        );
        let next = pool.get();
        assert!(
            next.capacity() >= 64,
            "the next buffer should be a new one with the configured capacity"
        );
        assert_eq!(pool.created(), 2, "the buffer taken out is not reused");
    }

    /// Threads share the pool: it never makes more buffers than are lent
    /// out at once, and every buffer each thread gets is empty.
    fn threads_share_the_pool() {
        let pool = new_pool(4, 64, 1024);
        let barrier = std::sync::Barrier::new(4);
        std::thread::scope(|s| {
            for t in 0..4u8 {
                let (pool, barrier) = (&pool, &barrier);
                s.spawn(move || {
                    barrier.wait();
                    for _ in 0..200 {
                        let mut buffer = pool.get();
                        assert!(
                            buffer.is_empty(),
                            "a buffer from the pool held another request's bytes"
                        );
                        buffer.extend_from_slice(&[t; 32]);
                        assert!(
                            buffer.iter().all(|&b| b == t),
                            "two threads wrote into one buffer"
                        );
                    }
                });
            }
        });
        assert!(
            (1..=4).contains(&pool.created()),
            "four threads holding one buffer each at a time made {} buffers: the pool should \
             reuse them",
            pool.created()
        );
        assert!((1..=4).contains(&pool.idle()), "every buffer should be back in the pool");
    }
}
