//! tokio's work stealing, seen from outside: one task spawns 2000 small
//! tasks onto its own worker's queue, and the idle workers steal some. The
//! counts differ from run to run.

// ANCHOR: main
fn main() {
    let counts = scheduler::tasks_per_worker(2, 2_000);
    for (worker, ran) in &counts {
        println!("{worker} ran {ran} tasks");
    }
    println!("{} tasks in all", counts.values().sum::<usize>());
}
// ANCHOR_END: main
