//! The shared maps' behaviour: the sharded map under contention, and
//! DashMap's deadlock (caught by a bounded wait) and its fix, and
//! `load_or_store` (Go's `LoadOrStore`) as one atomic step.

use dashmap::DashMap;
use shared_map::dash::{copy_holding_ref, copy_value, finishes_within, load_or_store};
use shared_map::sharded::ShardedMap;
use std::collections::HashMap;
use std::sync::{Arc, Barrier, Mutex, RwLock};
use std::thread;
use std::time::Duration;

const THREADS: usize = 4;
const PER_THREAD: u64 = 5_000;

graded::tests! {
    /// Four threads bump 64 counters in a sharded map: no increment is lost.
    fn sharded_map_loses_no_update_under_contention() {
        let map = ShardedMap::new(8);
        thread::scope(|scope| {
            for _ in 0..THREADS {
                scope.spawn(|| {
                    for i in 0..PER_THREAD {
                        map.update(i % 64, |n: &mut u64| *n += 1);
                    }
                });
            }
        });
        assert_eq!(map.len(), 64);
        let total: u64 = (0..64).map(|k| map.get(&k).unwrap()).sum();
        assert_eq!(total, THREADS as u64 * PER_THREAD);
    }

    /// The same with `Mutex<HashMap>`, `RwLock<HashMap>` and `DashMap`.
    fn every_guarded_map_loses_no_update() {
        let mutex = Mutex::new(HashMap::new());
        let rwlock = RwLock::new(HashMap::new());
        let dash = DashMap::new();
        thread::scope(|scope| {
            for _ in 0..THREADS {
                scope.spawn(|| {
                    for i in 0..PER_THREAD {
                        *mutex.lock().unwrap().entry(i % 64).or_insert(0) += 1;
                        *rwlock.write().unwrap().entry(i % 64).or_insert(0) += 1;
                        *dash.entry(i % 64).or_insert(0) += 1;
                    }
                });
            }
        });
        let expected = THREADS as u64 * PER_THREAD;
        assert_eq!(mutex.into_inner().unwrap().values().sum::<u64>(), expected);
        assert_eq!(rwlock.into_inner().unwrap().values().sum::<u64>(), expected);
        assert_eq!(dash.iter().map(|e| *e.value()).sum::<u64>(), expected);
    }

    // ANCHOR: load_or_store_test
    /// `load_or_store` is one atomic step: eight threads released together by
    /// a barrier race to store their own value under one key; in every round
    /// they all get the same value back, and exactly one of them stored it
    /// (`loaded == false`), the value it offered.
    fn load_or_store_stores_once_and_every_caller_sees_that_value() {
        const CALLERS: u64 = 8;
        for round in 0..200 {
            let map = DashMap::new();
            let start = Barrier::new(CALLERS as usize);
            let results: Vec<(u64, (u64, bool))> = thread::scope(|scope| {
                let handles: Vec<_> = (0..CALLERS)
                    .map(|offer| {
                        let (map, start) = (&map, &start);
                        scope.spawn(move || {
                            start.wait();
                            (offer, load_or_store(map, "key", offer))
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            let stored: Vec<u64> = results
                .iter()
                .filter(|(_, (_, loaded))| !loaded)
                .map(|(offer, _)| *offer)
                .collect();
            assert_eq!(stored.len(), 1, "round {round}: exactly one caller stores: {results:?}");
            let winner = stored[0];
            assert!(
                results.iter().all(|(_, (actual, _))| *actual == winner),
                "round {round}: every caller gets the stored value {winner}: {results:?}"
            );
            assert_eq!(map.get("key").map(|v| *v), Some(winner));
        }
    }
    // ANCHOR_END: load_or_store_test

    // ANCHOR: deadlock_test
    /// Holding a `Ref` while inserting into its shard deadlocks: the call
    /// does not finish within half a second. (Its thread stays blocked
    /// forever; the test process ends anyway.)
    fn dashmap_ref_held_across_insert_deadlocks() {
        let map = Arc::new(DashMap::new());
        map.insert("a".to_owned(), 1);
        let stuck = finishes_within(Duration::from_millis(500), move || {
            copy_holding_ref(&map, "a", "a")
        });
        assert!(stuck.is_none(), "expected a deadlock: same key, same shard");
    }

    /// The fix, dropping the `Ref` before the insert, finishes, for the same
    /// key and for 200 pairs in a two-shard map (many share a shard).
    fn dashmap_fix_drops_the_ref_before_inserting() {
        let map = Arc::new(DashMap::with_shard_amount(2));
        for i in 0..200_u64 {
            map.insert(format!("k{i}"), i);
        }
        let done = finishes_within(Duration::from_secs(2), move || {
            assert_eq!(copy_value(&map, "k1", "k1"), Some(1));
            for i in 0..199_u64 {
                copy_value(&map, &format!("k{i}"), &format!("k{}", i + 1));
            }
            map.get("k199").map(|v| *v)
        });
        assert_eq!(done, Some(Some(0)), "the fixed copy deadlocked"); // k0 = 0 copied down the chain
    }
    // ANCHOR_END: deadlock_test
}
