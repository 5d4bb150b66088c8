//! What a process, a thread and a tokio task cost on this machine: the mean
//! time to start one, and the resident memory each one holds while it waits.
//! The numbers differ on every run; `go/costs/main.go` measures goroutines.

use coroutines::costs::{Cost, processes, tasks, threads};

fn show(what: &str, cost: Cost) {
    let memory = cost
        .bytes_each
        .map_or_else(|| "-".to_owned(), |bytes| format!("{bytes} B"));
    println!(
        "{what:<10} {:>6} started, {:>9.1?} each, {:>8} resident each while waiting",
        cost.count, cost.spawn, memory
    );
}

// ANCHOR: main
fn main() -> std::io::Result<()> {
    show("processes", processes(200)?);
    show("threads", threads(2_000));
    show("tasks", tasks(100_000));
    Ok(())
}
// ANCHOR_END: main
