//! How many CPUs this process may use, and how many workers Go and tokio
//! would start: Go's `runtime.NumCPU()` and `GOMAXPROCS`.

// ANCHOR: main
fn main() {
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("available parallelism (Go's NumCPU): {cpus}");
    println!("workers (GOMAXPROCS): {}", scheduler::gomaxprocs());
}
// ANCHOR_END: main
