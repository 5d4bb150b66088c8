//! Three string benchmarks of `benches/suite`, run briefly: three samples of
//! two iterations each, so that the book's check stays fast. The timings are
//! meaningless in a debug build; `cargo bench -p performance` measures them
//! properly (optimised, a hundred samples each). The port of
//! `go/performance_bench/main.go`.

#[path = "../benches/suite/mod.rs"]
mod suite;

// ANCHOR: main
fn main() {
    divan::Divan::default()
        .sample_count(3)
        .sample_size(2)
        .color(false)
        // Three of the string builders, which take a few microseconds each
        // here: the others take under one or over ten, and the book's
        // sample of this output would change its units or its digits.
        .skip_regex("grow|preallocated|request|format")
        .run_benches();
}
// ANCHOR_END: main
