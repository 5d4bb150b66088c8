//! Stress tests of the hand-built queue, barrier, WaitGroup and semaphore
//! (loom checks them under every interleaving of small models:
//! `loom_cond.rs`). Threads are started through `leakcheck`, which fails a
//! test that leaves one running.
#![cfg(not(loom))]

use cond::barrier::Barrier;
use cond::queue::BoundedQueue;
use cond::semaphore::Semaphore;
use cond::waitgroup::WaitGroup;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

const THREADS: usize = 4;
const ITEMS: usize = 2_000;

graded::tests! {
    /// Four producers and four consumers through a two-slot queue: every item
    /// arrives exactly once, each producer's items in order, and no thread is
    /// left behind.
    fn queue_delivers_every_item_once_under_contention() {
        let _serial = leakcheck::serial();
        let _leaks = leakcheck::Guard::new();
        let queue = Arc::new(BoundedQueue::new(2));
        let producers: Vec<_> = (0..THREADS)
            .map(|p| {
                let queue = Arc::clone(&queue);
                leakcheck::thread::spawn("producer", move || {
                    for i in 0..ITEMS {
                        queue.push((p, i));
                    }
                })
            })
            .collect();
        let consumers: Vec<_> = (0..THREADS)
            .map(|_| {
                let queue = Arc::clone(&queue);
                leakcheck::thread::spawn("consumer", move || {
                    (0..ITEMS).map(|_| queue.pop()).collect::<Vec<_>>()
                })
            })
            .collect();
        for producer in producers {
            producer.join().unwrap();
        }
        let mut seen = vec![Vec::new(); THREADS];
        for consumer in consumers {
            let mut last = [None; THREADS];
            for (p, i) in consumer.join().unwrap() {
                assert!(last[p] < Some(i), "producer {p}'s items out of order");
                last[p] = Some(i);
                seen[p].push(i);
            }
        }
        for items in &mut seen {
            items.sort_unstable();
            assert_eq!(*items, (0..ITEMS).collect::<Vec<_>>());
        }
        assert!(queue.is_empty());
    }

    /// `push` waits while the queue is full: it holds `capacity` items.
    fn queue_holds_at_most_its_capacity() {
        let queue = BoundedQueue::new(3);
        for i in 0..3 {
            queue.push(i);
        }
        assert_eq!((queue.len(), queue.capacity()), (3, 3));
        std::thread::scope(|scope| {
            let pusher = scope.spawn(|| queue.push(3)); // waits for room
            assert_eq!(queue.pop(), 0);
            pusher.join().unwrap();
        });
        assert_eq!((1..=3).map(|_| queue.pop()).collect::<Vec<_>>(), [1, 2, 3]);
    }

    /// A barrier reused 200 times by four threads: nobody leaves a round
    /// before everyone arrived, and each round has exactly one leader.
    fn barrier_holds_every_round_and_names_one_leader() {
        let barrier = Barrier::new(THREADS);
        let arrived = AtomicUsize::new(0);
        let leaders = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..THREADS {
                scope.spawn(|| {
                    for round in 1..=200 {
                        arrived.fetch_add(1, Ordering::SeqCst);
                        if barrier.wait() {
                            leaders.fetch_add(1, Ordering::SeqCst);
                        }
                        assert!(arrived.load(Ordering::SeqCst) >= round * THREADS);
                        barrier.wait(); // nobody starts the next round early
                    }
                });
            }
        });
        assert_eq!(leaders.load(Ordering::SeqCst), 200);
    }

    /// `wait` returns only after every `done`, and sees the work before it.
    fn waitgroup_waits_for_every_done() {
        for _ in 0..100 {
            let wg = WaitGroup::new();
            let finished = AtomicUsize::new(0);
            std::thread::scope(|scope| {
                for _ in 0..THREADS {
                    wg.add(1);
                    scope.spawn(|| {
                        finished.fetch_add(1, Ordering::Relaxed);
                        wg.done();
                    });
                }
                wg.wait();
                assert_eq!(finished.load(Ordering::Relaxed), THREADS);
            });
        }
    }

    /// Go panics on a negative counter; so does this `WaitGroup`.
    fn waitgroup_done_without_add_panics() {
        let wg = WaitGroup::new();
        assert!(std::panic::catch_unwind(|| wg.done()).is_err());
    }

    /// Never more than `n` permit holders at once, and all permits come back.
    fn semaphore_never_admits_more_than_its_permits() {
        let sem = Semaphore::new(2);
        let inside = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        std::thread::scope(|scope| {
            for _ in 0..THREADS * 2 {
                scope.spawn(|| {
                    for _ in 0..500 {
                        let _permit = sem.acquire();
                        let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        inside.fetch_sub(1, Ordering::SeqCst);
                    }
                });
            }
        });
        assert!(most.load(Ordering::SeqCst) <= 2);
        assert_eq!(sem.available(), 2);
    }
}
