//! Graded tests for cond-1: a bounded blocking queue from a `Mutex` and two
//! `Condvar`s. Without loom: behaviour and stress tests. With `--cfg loom`:
//! small models checked under every interleaving.

#[cfg(not(loom))]
mod stress {
    use cond_1::BoundedQueue;
    use std::sync::mpsc;
    use std::thread;
    use std::time::Duration;

    graded::tests! {
        /// Items come out in the order they went in; `len` counts them.
        fn pops_in_fifo_order_and_counts_items() {
            let queue = BoundedQueue::new(3);
            assert!(queue.is_empty());
            queue.push('a');
            queue.push('b');
            assert_eq!(queue.len(), 2);
            assert_eq!(queue.pop(), 'a');
            assert_eq!(queue.pop(), 'b');
            assert!(queue.is_empty());
        }

        /// A full queue makes `push` wait until a `pop` frees a slot.
        fn push_waits_while_full() {
            let queue = BoundedQueue::new(1);
            queue.push(1);
            let (pushed_tx, pushed) = mpsc::channel();
            thread::scope(|scope| {
                scope.spawn(|| {
                    queue.push(2);
                    pushed_tx.send(()).unwrap();
                });
                // Still full: the push cannot have finished (it waits).
                assert!(pushed.recv_timeout(Duration::from_millis(50)).is_err());
                assert_eq!(queue.len(), 1);
                assert_eq!(queue.pop(), 1);
                pushed.recv_timeout(Duration::from_secs(2)).expect("push never woke up");
            });
            assert_eq!(queue.pop(), 2);
        }

        /// An empty queue makes `pop` wait until a `push`.
        fn pop_waits_while_empty() {
            let queue = BoundedQueue::new(2);
            thread::scope(|scope| {
                let popper = scope.spawn(|| queue.pop());
                queue.push(42);
                assert_eq!(popper.join().unwrap(), 42);
            });
        }

        /// Four producers, four consumers, a two-slot queue: every item arrives
        /// once, and each producer's items in order.
        fn many_producers_and_consumers_lose_nothing() {
            const PER: usize = 2_000;
            let queue = BoundedQueue::new(2);
            let mut received: Vec<(usize, usize)> = thread::scope(|scope| {
                for p in 0..4 {
                    let queue = &queue;
                    scope.spawn(move || (0..PER).for_each(|i| queue.push((p, i))));
                }
                let consumers: Vec<_> = (0..4)
                    .map(|_| scope.spawn(|| (0..PER).map(|_| queue.pop()).collect::<Vec<_>>()))
                    .collect();
                consumers
                    .into_iter()
                    .flat_map(|c| {
                        let got = c.join().unwrap();
                        for p in 0..4 {
                            let mine: Vec<_> = got.iter().filter(|(q, _)| *q == p).collect();
                            assert!(mine.windows(2).all(|w| w[0].1 < w[1].1), "out of order");
                        }
                        got
                    })
                    .collect()
            });
            received.sort_unstable();
            let expected: Vec<_> = (0..4).flat_map(|p| (0..PER).map(move |i| (p, i))).collect();
            assert_eq!(received, expected);
        }
    }
}

#[cfg(loom)]
mod models {
    use cond_1::BoundedQueue;
    use loom::sync::Arc;
    use loom::thread;

    fn check(model: impl Fn() + Sync + Send + 'static) {
        let mut builder = loom::model::Builder::new();
        builder.preemption_bound = Some(2);
        builder.check(model);
    }

    graded::tests! {
        /// Two consumers, one producer of two items through one slot: each
        /// item is popped once (an `if` around `wait` fails here).
        fn loom_two_consumers_get_one_item_each() {
            check(|| {
                let queue = Arc::new(BoundedQueue::new(1));
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
            });
        }

        /// A producer that fills a one-slot queue waits for the consumer, and
        /// nothing is lost or reordered (a lost wake-up deadlocks here).
        fn loom_full_queue_hands_over_in_order() {
            check(|| {
                let queue = Arc::new(BoundedQueue::new(1));
                let producer = {
                    let queue = queue.clone();
                    thread::spawn(move || {
                        queue.push(1);
                        queue.push(2);
                    })
                };
                assert_eq!(queue.pop(), 1);
                assert_eq!(queue.pop(), 2);
                producer.join().unwrap();
                assert!(queue.is_empty());
            });
        }
    }
}
