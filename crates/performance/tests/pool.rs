//! The buffer pool: buffers come back empty, with their capacity, and a
//! request that reuses one allocates nothing.

use performance::pool::{BufferPool, handle, handle_without_pool};

#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

#[test]
fn a_buffer_comes_back_empty_with_its_capacity() {
    let pool = BufferPool::new(2);
    let mut buffer = pool.get();
    buffer.extend_from_slice(b"request 1");
    let capacity = buffer.capacity();
    pool.put(buffer);
    let again = pool.get();
    assert!(again.is_empty(), "put must clear the buffer");
    assert_eq!(again.capacity(), capacity, "put must keep the capacity");
}

#[test]
fn the_pool_keeps_at_most_max_idle_buffers() {
    let pool = BufferPool::new(2);
    for _ in 0..5 {
        pool.put(Vec::with_capacity(8));
    }
    assert_eq!(pool.idle(), 2);
}

#[test]
fn a_request_with_a_warm_pool_allocates_nothing() {
    let pool = BufferPool::new(4);
    assert_eq!(handle(&pool), 360);
    let (sent, with) = allocount::count(|| handle(&pool));
    assert_eq!((sent, with.count), (360, 0));
    let (sent, without) = allocount::count(handle_without_pool);
    assert_eq!(sent, 360);
    assert!(without.count > 1);
}

#[test]
fn the_pool_is_shared_by_threads() {
    let pool = BufferPool::new(4);
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..100 {
                    assert_eq!(handle(&pool), 360);
                }
            });
        }
    });
    assert!((1..=4).contains(&pool.idle()));
}
