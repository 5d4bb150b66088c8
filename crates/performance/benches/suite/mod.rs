//! The benchmarks, shared by `benches/performance.rs` (`cargo bench -p
//! performance`, the full run) and `examples/performance_bench.rs` (a few
//! iterations, for the book). Each one is a Go `BenchmarkXxx` function;
//! divan calls it in a loop and times it, as `b.N` does.

use performance::{builders, growth, pool};

/// 100 parts of six bytes.
fn parts() -> Vec<&'static str> {
    vec!["gopher"; 100]
}

// ANCHOR: bench
#[divan::bench]
fn plus_assign(bencher: divan::Bencher) {
    let parts = parts();
    // Only the closure is timed: building `parts` is not.
    bencher.bench_local(|| builders::plus_assign(divan::black_box(&parts)));
}

#[divan::bench]
fn format_each(bencher: divan::Bencher) {
    let parts = parts();
    bencher.bench_local(|| builders::format_each(divan::black_box(&parts)));
}

#[divan::bench]
fn write_each(bencher: divan::Bencher) {
    let parts = parts();
    bencher.bench_local(|| builders::write_each(divan::black_box(&parts)));
}

#[divan::bench]
fn with_capacity(bencher: divan::Bencher) {
    let parts = parts();
    bencher.bench_local(|| builders::with_capacity(divan::black_box(&parts)));
}
// ANCHOR_END: bench

// ANCHOR: args
/// One benchmark per length, like a Go `b.Run` for each size.
#[divan::bench(args = [10, 1000])]
fn grow(n: u64) -> Vec<u64> {
    growth::grow(divan::black_box(n))
}

#[divan::bench(args = [10, 1000])]
fn preallocated(n: u64) -> Vec<u64> {
    growth::preallocated(divan::black_box(n))
}
// ANCHOR_END: args

#[divan::bench]
fn request_with_pool(bencher: divan::Bencher) {
    let pool = pool::BufferPool::new(4);
    bencher.bench_local(|| pool::handle(&pool));
}

#[divan::bench]
fn request_without_pool() -> usize {
    pool::handle_without_pool()
}
