//! A global allocator that counts, per thread, the allocations made through
//! it: what the performance and escape chapters use to show that code does
//! or does not allocate, in tests and examples (Go's `testing.AllocsPerRun`
//! and `-benchmem`).
//!
//! A test binary installs it once, and measures a closure with [`count`]:
//!
//! ```
//! #[global_allocator]
//! static ALLOC: allocount::Counting = allocount::Counting;
//!
//! fn main() {
//!     let (_, seen) = allocount::count(|| Box::new(1u64));
//!     assert_eq!(seen.count, 1);
//! }
//! ```
//! The counters are per thread, so
//! what other threads allocate meanwhile (the test harness, a watchdog) is
//! not counted; work the closure hands to other threads is not counted
//! either.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting what each thread allocates.
pub struct Counting;

thread_local! {
    // `const` initialisers: reading them never allocates, which an
    // allocator's own bookkeeping must not.
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
    static BYTES: Cell<u64> = const { Cell::new(0) };
}

fn record(size: usize) {
    // `try_with`: during thread teardown the counters may be gone; then the
    // allocation is simply not counted.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
    let _ = BYTES.try_with(|n| n.set(n.get() + size as u64));
}

// SAFETY: every method forwards to `System`, which upholds `GlobalAlloc`'s
// contract; the counting only touches thread-local `Cell`s and never
// allocates.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: the caller's guarantees for `layout` are passed on as is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A reallocation is an allocation: Go counts a grown slice the same way.
        record(new_size);
        // SAFETY: `ptr` was allocated by `System` (every allocation goes
        // through it) with `layout`, as the caller guarantees.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

/// What one thread allocated while a closure ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Allocations {
    /// Calls to `alloc`, `alloc_zeroed` and `realloc`.
    pub count: u64,
    /// The bytes those calls asked for.
    pub bytes: u64,
}

/// Runs `f` on this thread and returns its result with what it allocated.
/// Counts nothing unless [`Counting`] is the `#[global_allocator]`.
pub fn count<R>(f: impl FnOnce() -> R) -> (R, Allocations) {
    let before = snapshot();
    let result = f();
    let after = snapshot();
    (
        result,
        Allocations {
            count: after.count - before.count,
            bytes: after.bytes - before.bytes,
        },
    )
}

fn snapshot() -> Allocations {
    Allocations {
        count: ALLOCATIONS.with(Cell::get),
        bytes: BYTES.with(Cell::get),
    }
}
