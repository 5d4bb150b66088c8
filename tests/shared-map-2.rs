//! Graded tests for shared-map-2: copying between `DashMap` entries without
//! holding a `Ref` across the insert. Each call runs on a thread of its own
//! under a bounded wait, so a deadlocking version fails with a message.

use dashmap::DashMap;
use shared_map_2::copy_value;
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

/// Runs `work` on its own thread; fails the test if it does not finish in
/// time (the likely cause: a `Ref` held across an insert into its shard).
fn without_deadlock<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let (done_tx, done) = mpsc::channel();
    thread::spawn(move || {
        let _ = done_tx.send(work());
    });
    done.recv_timeout(Duration::from_secs(1)).expect(
        "deadlock: copy_value did not finish within 1s; \
         is a Ref (from get) still alive while you insert?",
    )
}

/// The value under `key` now, for assertions.
fn value(map: &DashMap<String, u64>, key: &str) -> Option<u64> {
    map.get(key).map(|entry| *entry)
}

graded::tests! {
    /// The value is copied and the old value of `to` is returned.
    fn copies_the_value_and_returns_the_old_one() {
        let map = Arc::new(DashMap::new());
        map.insert("from".to_owned(), 7);
        map.insert("to".to_owned(), 1);
        let copy = Arc::clone(&map);
        let old = without_deadlock(move || copy_value(&copy, "from", "to"));
        assert_eq!(
            old,
            Some(1),
            "copying 7 from \"from\" onto \"to\" (which held 1) returns what \"to\" had \
             before: 1 (`insert` returns it), not the value copied"
        );
        assert_eq!(value(&map, "to"), Some(7), "\"to\" holds the copied value, 7");
        assert_eq!(value(&map, "from"), Some(7), "\"from\" keeps its value, 7");
    }

    /// Copying onto a key that does not exist yet creates it, and returns
    /// `None`: there was no old value (not `Some(0)`).
    fn copying_onto_a_new_key_returns_none() {
        let map = Arc::new(DashMap::new());
        map.insert("from".to_owned(), 7);
        let copy = Arc::clone(&map);
        let old = without_deadlock(move || copy_value(&copy, "from", "new"));
        assert_eq!(
            old,
            None,
            "\"new\" had no value before the copy, so there is no old value to return: `None`, \
             as `insert` says"
        );
        assert_eq!(value(&map, "new"), Some(7), "\"new\" holds the copied value, 7");
    }

    /// A missing `from` changes nothing.
    fn a_missing_key_changes_nothing() {
        let map = Arc::new(DashMap::new());
        let copy = Arc::clone(&map);
        let old = without_deadlock(move || copy_value(&copy, "nope", "to"));
        assert_eq!(old, None, "there is nothing to copy from a missing key: `None`");
        assert!(
            map.is_empty(),
            "copying from a missing key must not insert anything, but the map now holds {:?}",
            map.iter().map(|e| (e.key().clone(), *e.value())).collect::<Vec<_>>()
        );
    }

    /// Copying a key onto itself (same key, same shard) does not deadlock.
    fn copying_a_key_onto_itself_does_not_deadlock() {
        let map = Arc::new(DashMap::new());
        map.insert("a".to_owned(), 5);
        let copy = Arc::clone(&map);
        let old = without_deadlock(move || copy_value(&copy, "a", "a"));
        assert_eq!(old, Some(5), "copying \"a\" (5) onto itself returns its old value, 5");
        assert_eq!(value(&map, "a"), Some(5), "\"a\" still holds 5");
    }

    /// 300 copies in a two-shard map (many pairs share a shard), from four
    /// threads at once: none deadlocks.
    fn copies_within_one_shard_from_many_threads_do_not_deadlock() {
        let map = Arc::new(DashMap::with_shard_amount(2));
        for i in 0..300_u64 {
            map.insert(format!("k{i}"), i);
        }
        let copy = Arc::clone(&map);
        without_deadlock(move || {
            thread::scope(|scope| {
                for t in 0..4_u64 {
                    let map = &copy;
                    scope.spawn(move || {
                        for i in (t..300).step_by(4) {
                            copy_value(map, &format!("k{i}"), &format!("c{i}"));
                        }
                    });
                }
            });
        });
        let wrong: Vec<u64> = (0..300_u64)
            .filter(|i| value(&map, &format!("c{i}")) != Some(*i))
            .collect();
        assert!(
            wrong.is_empty(),
            "after copying every k{{i}} to c{{i}}, these c{{i}} do not hold i: {:?}",
            &wrong[..wrong.len().min(10)]
        );
    }
}
