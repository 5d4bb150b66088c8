// compile_fail: E0382
// Go lets a handler keep writing to a buffer it already put back in the
// pool, while another goroutine may have taken it. `put` takes the buffer
// by value: after it, this function no longer has one.
use performance::pool::BufferPool;

// ANCHOR: use_after_put
fn handle(pool: &BufferPool) {
    let mut buffer = pool.get();
    buffer.extend_from_slice(b"reply");
    pool.put(buffer);
    buffer.extend_from_slice(b" and a late line"); // the pool owns it now
}
// ANCHOR_END: use_after_put

fn main() {
    handle(&BufferPool::new(1));
}
