//! Lock-order deadlock, caught by the wait-for-graph detector; the same code
//! with one global order finishes. The port of `go/deadlock_lock_order/main.go`.

use deadlock::detector::{LockGraph, NamedMutex};
use std::sync::Barrier;
use std::thread;

// ANCHOR: opposite
/// Runs two named threads that each lock `first`, then `second`; returns the
/// deadlocks the detector reported (a thread that would close a cycle gets an
/// error instead of waiting, and lets go of its first lock). With `meet`, each
/// waits, holding its first lock, until the other holds its own, and
/// worker-b asks for its second lock only once worker-a waits for its own, so
/// it is worker-b that would close the cycle.
fn both(
    graph: &LockGraph,
    a: [&NamedMutex<()>; 2],
    b: [&NamedMutex<()>; 2],
    meet: bool,
) -> Vec<String> {
    let holding = Barrier::new(2);
    thread::scope(|s| {
        let workers = [("worker-a", a), ("worker-b", b)].map(|(name, [first, second])| {
            let holding = &holding;
            thread::Builder::new()
                .name(name.to_owned())
                .spawn_scoped(s, move || {
                    let _first = first.lock().unwrap();
                    if meet {
                        holding.wait();
                        if name == "worker-b" {
                            graph.wait_for_waiters(1);
                        }
                    }
                    second.lock().map(drop).err()
                })
                .unwrap()
        });
        workers
            .into_iter()
            .filter_map(|worker| worker.join().unwrap())
            .map(|deadlock| deadlock.to_string())
            .collect()
    })
}
// ANCHOR_END: opposite

// ANCHOR: main
fn main() {
    let graph = LockGraph::new();
    let (x, y) = (graph.mutex("x", ()), graph.mutex("y", ()));
    let found = both(&graph, [&x, &y], [&y, &x], true); // one locks x then y, the other y then x
    if found.len() == 1 {
        println!("opposite order: deadlock detected");
        eprintln!("{}", found[0]); // worker-b, which would close the cycle
    }
    // The same order: they cannot meet while holding a lock; they take turns.
    let (p, q) = (graph.mutex("p", ()), graph.mutex("q", ()));
    if both(&graph, [&p, &q], [&p, &q], false).is_empty() {
        println!("same order: both finished");
    }
}
// ANCHOR_END: main
