//! Counts what filling a vector allocates, with and without its final
//! capacity. The port of `go/performance_allocs/main.go`, with the course's
//! counting allocator in place of `testing.AllocsPerRun`.

use performance::growth::{capacities, grow, preallocated};

// ANCHOR: allocator
// One line makes every allocation of this program go through the counter.
#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;
// ANCHOR_END: allocator

fn main() {
    // ANCHOR: count
    for n in [10, 1000] {
        let (_, growing) = allocount::count(|| grow(n));
        let (_, made) = allocount::count(|| preallocated(n));
        println!(
            "{n} values: push onto Vec::new(): {} allocations, Vec::with_capacity: {}",
            growing.count, made.count
        );
    }
    // ANCHOR_END: count
    let caps: Vec<String> = capacities(2000).iter().map(usize::to_string).collect();
    println!("capacities push went through: [{}]", caps.join(" "));
}
