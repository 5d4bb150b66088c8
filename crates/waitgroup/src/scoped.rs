//! `sync.WaitGroup` for threads: `std::thread::scope`.

use std::thread;

// ANCHOR: squares
/// Squares every number on threads of its own, one per number, and returns
/// the squares in order.
///
/// Go's version does `wg.Add(1)` before each `go`, `defer wg.Done()` inside,
/// and `wg.Wait()` at the end. Here the scope is the WaitGroup: it joins every
/// thread before it returns, which is also why the threads may borrow
/// `numbers` and write into `squares` (each its own slot).
pub fn squares(numbers: &[u64]) -> Vec<u64> {
    let mut squares = vec![0; numbers.len()];
    thread::scope(|s| {
        for (slot, &n) in squares.iter_mut().zip(numbers) {
            s.spawn(move || *slot = n * n);
        }
    }); // wg.Wait(): every thread has ended here
    squares
}
// ANCHOR_END: squares
