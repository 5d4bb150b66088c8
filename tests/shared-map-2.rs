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

graded::tests! {
    /// The value is copied and the old value of `to` is returned.
    fn copies_the_value_and_returns_the_old_one() {
        let map = Arc::new(DashMap::new());
        map.insert("from".to_owned(), 7);
        map.insert("to".to_owned(), 1);
        let copy = Arc::clone(&map);
        assert_eq!(without_deadlock(move || copy_value(&copy, "from", "to")), Some(1));
        assert_eq!(*map.get("to").unwrap(), 7);
        assert_eq!(*map.get("from").unwrap(), 7);
    }

    /// A missing `from` changes nothing.
    fn a_missing_key_changes_nothing() {
        let map = Arc::new(DashMap::new());
        let copy = Arc::clone(&map);
        assert_eq!(without_deadlock(move || copy_value(&copy, "nope", "to")), None);
        assert!(map.is_empty());
    }

    /// Copying a key onto itself (same key, same shard) does not deadlock.
    fn copying_a_key_onto_itself_does_not_deadlock() {
        let map = Arc::new(DashMap::new());
        map.insert("a".to_owned(), 5);
        let copy = Arc::clone(&map);
        assert_eq!(without_deadlock(move || copy_value(&copy, "a", "a")), Some(5));
        assert_eq!(*map.get("a").unwrap(), 5);
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
        assert!((0..300_u64).all(|i| *map.get(&format!("c{i}")).unwrap() == i));
    }
}
