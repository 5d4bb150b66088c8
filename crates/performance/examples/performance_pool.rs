//! A pool of buffers reused from one request to the next, and what a request
//! allocates with and without it. The port of `go/performance_pool/main.go`.

use performance::pool::{BufferPool, handle, handle_without_pool};

#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

fn main() {
    let pool = BufferPool::new(4);
    // ANCHOR: reset
    let mut first = pool.get();
    first.extend_from_slice(b"secret of request 1");
    pool.put(first); // `put` clears it
    let next = pool.get();
    println!(
        "the next request's buffer starts with {:?}",
        String::from_utf8_lossy(&next)
    );
    pool.put(next);
    // ANCHOR_END: reset

    // ANCHOR: count
    handle(&pool); // the first request fills the pool's buffer
    let (_, without) = allocount::count(handle_without_pool);
    let (_, with) = allocount::count(|| handle(&pool));
    println!("without a pool: {} allocations per request", without.count);
    println!("with BufferPool: {} allocations per request", with.count);
    // ANCHOR_END: count
}
