//! The Rust side's workloads, one module per family; `bench worker FAMILY N`
//! runs one family (see [`run`]). Each case checks its own result and
//! panics when it is wrong: a fast broken workload measures nothing.

mod channels;
mod maps;
mod memory;
mod sync;
mod tasks;

use std::time::Instant;

use tokio::runtime::{Builder, Runtime};

use crate::record::{NS_PER_OP, emit};

/// Runs every case of `family` at size `n` (those `filter` selects),
/// printing one record per case. `Err` names an unknown family.
pub fn run(family: &str, n: u64, filter: Option<&str>) -> Result<(), String> {
    match family {
        "channels" => channels::run(n, filter),
        "spawn" => tasks::spawn(n, filter),
        "skynet" => tasks::skynet(n, filter),
        "ring" => tasks::ring(n, filter),
        "maps" => maps::run(n, filter),
        "once" => sync::once(n, filter),
        "cond" => sync::cond(n, filter),
        "semaphore" => sync::semaphore(n, filter),
        "memory" => memory::run(n, filter),
        other => return Err(format!("no family {other:?}")),
    }
    Ok(())
}

/// A tokio runtime with one worker thread per core, Go's GOMAXPROCS.
fn multi_thread() -> Runtime {
    Builder::new_multi_thread()
        .build()
        .expect("a tokio runtime starts")
}

/// A tokio runtime on this thread alone.
fn current_thread() -> Runtime {
    Builder::new_current_thread()
        .build()
        .expect("a tokio runtime starts")
}

/// Times `work` over `ops` operations and prints the record.
fn timed(family: &str, case: &str, imp: &str, ops: u64, work: impl FnOnce()) {
    let started = Instant::now();
    work();
    let elapsed = started.elapsed();
    emit(
        family,
        case,
        imp,
        elapsed.as_nanos() as f64 / ops as f64,
        NS_PER_OP,
        ops,
    );
}
