//! Loom models of the hand-built queue, barrier, WaitGroup and semaphore, and
//! of a seeded bug loom must catch (`if` instead of `while` around `wait`).
//!
//! ```console
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom \
//!     cargo test -p cond --profile loom --test loom_cond
//! ```
#![cfg(loom)]

use cond::barrier::Barrier;
use cond::queue::BoundedQueue;
use cond::semaphore::Semaphore;
use cond::waitgroup::WaitGroup;
use loom::sync::atomic::{AtomicUsize, Ordering};
use loom::sync::{Arc, Condvar, Mutex};
use loom::thread;
use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// Runs `model` under loom with a small preemption bound.
fn check(model: impl Fn() + Sync + Send + 'static) {
    let mut builder = loom::model::Builder::new();
    if builder.preemption_bound.is_none() {
        builder.preemption_bound = Some(2);
    }
    builder.check(model);
}

/// What the queue models need of a queue.
trait Queue: Send + Sync + 'static {
    fn push(&self, item: u8);
    fn pop(&self) -> u8;
}

impl Queue for BoundedQueue<u8> {
    fn push(&self, item: u8) {
        BoundedQueue::push(self, item);
    }
    fn pop(&self) -> u8 {
        BoundedQueue::pop(self)
    }
}

/// One producer pushes two items into a one-slot queue; two consumers pop
/// one each. Every item is popped exactly once.
fn two_consumers_get_one_item_each<Q: Queue>(queue: Q) {
    let queue = Arc::new(queue);
    let consumers: Vec<_> = (0..2)
        .map(|_| {
            let queue = queue.clone();
            thread::spawn(move || queue.pop())
        })
        .collect();
    queue.push(1);
    queue.push(2);
    let mut got: Vec<u8> = consumers.into_iter().map(|c| c.join().unwrap()).collect();
    got.sort_unstable();
    assert_eq!(got, [1, 2]);
}

// ANCHOR: queue_model
#[test]
fn queue_hands_each_item_to_one_consumer() {
    check(|| two_consumers_get_one_item_each(BoundedQueue::new(1)));
}

#[test]
fn queue_keeps_fifo_order_when_full() {
    check(|| {
        let queue = Arc::new(BoundedQueue::new(1));
        let producer = {
            let queue = queue.clone();
            thread::spawn(move || {
                queue.push(1);
                queue.push(2); // waits for the first pop
            })
        };
        assert_eq!(queue.pop(), 1);
        assert_eq!(queue.pop(), 2);
        producer.join().unwrap();
    });
}
// ANCHOR_END: queue_model

// ANCHOR: seeded_bug
/// The seeded bug: `pop` waits under an `if`, so a woken consumer does not
/// look again, and finds the queue emptied by the consumer that got the lock
/// first.
struct IfQueue {
    items: Mutex<VecDeque<u8>>,
    not_empty: Condvar,
}

impl Queue for IfQueue {
    fn push(&self, item: u8) {
        self.items.lock().unwrap().push_back(item);
        self.not_empty.notify_one();
    }
    fn pop(&self) -> u8 {
        let mut items = self.items.lock().unwrap();
        if items.is_empty() {
            items = self.not_empty.wait(items).unwrap(); // BUG: `if`, not `while`
        }
        items.pop_front().expect("woken, but the queue is empty")
    }
}

#[test]
fn loom_catches_if_instead_of_while() {
    let caught = catch_unwind(AssertUnwindSafe(|| {
        check(|| {
            two_consumers_get_one_item_each(IfQueue {
                items: Mutex::new(VecDeque::new()),
                not_empty: Condvar::new(),
            })
        })
    }));
    assert!(
        caught.is_err(),
        "loom should find the consumer that wakes to nothing"
    );
}
// ANCHOR_END: seeded_bug

#[test]
fn waitgroup_wait_sees_every_done() {
    check(|| {
        let wg = Arc::new(WaitGroup::new());
        let work = Arc::new(AtomicUsize::new(0));
        wg.add(2);
        for _ in 0..2 {
            let (wg, work) = (wg.clone(), work.clone());
            thread::spawn(move || {
                work.fetch_add(1, Ordering::Relaxed);
                wg.done();
            });
        }
        wg.wait();
        assert_eq!(work.load(Ordering::Relaxed), 2);
    });
}

#[test]
fn semaphore_admits_one_holder_at_a_time() {
    check(|| {
        let sem = Arc::new(Semaphore::new(1));
        let inside = Arc::new(AtomicUsize::new(0));
        let holder = {
            let (sem, inside) = (sem.clone(), inside.clone());
            move || {
                let _permit = sem.acquire();
                assert_eq!(inside.fetch_add(1, Ordering::SeqCst), 0, "two holders");
                inside.fetch_sub(1, Ordering::SeqCst);
            }
        };
        let other = thread::spawn(holder.clone());
        holder();
        other.join().unwrap();
        assert_eq!(sem.available(), 1);
    });
}

#[test]
fn barrier_lets_both_through_with_one_leader() {
    check(|| {
        let barrier = Arc::new(Barrier::new(2));
        let other = {
            let barrier = barrier.clone();
            thread::spawn(move || barrier.wait())
        };
        let here = barrier.wait();
        assert!(here ^ other.join().unwrap(), "exactly one leader");
    });
}
