//! A worker pool: a fixed number of threads read jobs from one channel. The
//! port of `go/bounded_pool/main.go`.

use bounded::pool::run_pool;

// ANCHOR: main
fn main() {
    let squares = run_pool((1..=20).collect(), 3, |n: u64| n * n);
    println!("results: {}", squares.len());
    println!("sum of squares: {}", squares.iter().sum::<u64>());
}
// ANCHOR_END: main
