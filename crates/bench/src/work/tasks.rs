//! Spawning and waiting, skynet, and a ping ring: threads against tokio
//! tasks on one thread (current_thread) and on one per core (multi_thread),
//! each against goroutines (`go/spawn.go`, `go/skynet.go`, `go/ring.go`).

use std::future::Future;
use std::pin::Pin;
use std::thread;

use tokio::runtime::Runtime;

use super::{current_thread, multi_thread, timed};
use crate::plan;

/// The two tokio runtimes, by the names the reports use.
fn runtimes() -> [(&'static str, Runtime); 2] {
    [
        ("tokio current_thread", current_thread()),
        ("tokio multi_thread", multi_thread()),
    ]
}

/// Starts n units that do nothing, then waits for all of them.
pub fn spawn(n: u64, filter: Option<&str>) {
    let case = "spawn+wait";
    if !plan::selects(filter, "spawn", case) {
        return;
    }
    timed("spawn", case, "thread", n, || {
        let handles: Vec<_> = (0..n).map(|_| thread::spawn(|| {})).collect();
        for handle in handles {
            handle.join().expect("an empty thread cannot panic");
        }
    });
    for (name, rt) in runtimes() {
        timed("spawn", case, name, n, || {
            rt.block_on(async {
                let handles: Vec<_> = (0..n).map(|_| tokio::spawn(async {})).collect();
                for handle in handles {
                    handle.await.expect("an empty task cannot panic");
                }
            });
        });
    }
}

// ANCHOR: skynet
/// One node of the skynet tree: a leaf returns its number; any other node
/// spawns its ten children as tasks and sums what they return.
fn node(num: u64, size: u64) -> Pin<Box<dyn Future<Output = u64> + Send>> {
    Box::pin(async move {
        if size == 1 {
            return num;
        }
        let step = size / 10;
        let children: Vec<_> = (0..10)
            .map(|i| tokio::spawn(node(num + i * step, step)))
            .collect();
        let mut sum = 0;
        for child in children {
            sum += child.await.expect("a skynet task panicked");
        }
        sum
    })
}
// ANCHOR_END: skynet

/// Skynet: a task per node of a tree of fan-out 10 with `leaves` leaves
/// (a power of 10); ops counts the tasks.
pub fn skynet(leaves: u64, filter: Option<&str>) {
    let case = "skynet";
    if !plan::selects(filter, "skynet", case) {
        return;
    }
    assert!(
        leaves >= 1 && 10u64.pow(leaves.ilog10()) == leaves,
        "skynet needs a power of 10 leaves, not {leaves}"
    );
    let tasks: u64 = std::iter::successors(Some(leaves), |n| (*n > 1).then_some(n / 10)).sum();
    for (name, rt) in runtimes() {
        timed("skynet", case, name, tasks, || {
            let sum = rt.block_on(node(0, leaves));
            assert_eq!(sum, leaves * (leaves - 1) / 2, "skynet summed wrong");
        });
    }
}

/// Units in the ring.
const RING: usize = 100;

/// A token passed `hops` times around a ring of 100 units, each waiting on
/// its own channel and sending to the next one's, the token one less each
/// time. The unit that gets 1 stops, which closes the next one's channel,
/// and so on round the ring.
pub fn ring(hops: u64, filter: Option<&str>) {
    let case = "ring of 100";
    if !plan::selects(filter, "ring", case) {
        return;
    }
    timed("ring", case, "thread+crossbeam", hops, || {
        let (txs, rxs): (Vec<_>, Vec<_>) = (0..RING)
            .map(|_| crossbeam_channel::bounded::<u64>(0))
            .unzip();
        thread::scope(|s| {
            for (i, rx) in rxs.into_iter().enumerate() {
                let next = txs[(i + 1) % RING].clone();
                s.spawn(move || {
                    while let Ok(token) = rx.recv() {
                        if token == 1 {
                            // Dropping `next` closes the next unit's
                            // channel, and so on round the ring.
                            return;
                        }
                        next.send(token - 1).expect("the ring is whole until 1");
                    }
                });
            }
            txs[0].send(hops).expect("the ring is up");
            drop(txs);
        });
    });
    for (name, rt) in runtimes() {
        timed("ring", case, name, hops, || {
            rt.block_on(async {
                let (txs, rxs): (Vec<_>, Vec<_>) = (0..RING)
                    .map(|_| tokio::sync::mpsc::channel::<u64>(1))
                    .unzip();
                let units: Vec<_> = rxs
                    .into_iter()
                    .enumerate()
                    .map(|(i, mut rx)| {
                        let next = txs[(i + 1) % RING].clone();
                        tokio::spawn(async move {
                            while let Some(token) = rx.recv().await {
                                if token == 1 {
                                    return;
                                }
                                next.send(token - 1)
                                    .await
                                    .expect("the ring is whole until 1");
                            }
                        })
                    })
                    .collect();
                txs[0].send(hops).await.expect("the ring is up");
                drop(txs);
                for unit in units {
                    unit.await.expect("a ring task panicked");
                }
            });
        });
    }
}
