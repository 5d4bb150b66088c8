//! Graded tests for cond-1: a bounded blocking queue from a `Mutex` and two
//! `Condvar`s. Without loom: behaviour tests, tests that force the stolen
//! wake-ups an `if` around `wait` gets wrong, and a stress test that checks
//! the capacity after every push. With `--cfg loom`: small models checked
//! under every interleaving (up to a bound on preemptions).

#[cfg(not(loom))]
mod stress {
    use cond_1::BoundedQueue;
    use std::panic::{AssertUnwindSafe, catch_unwind};
    use std::sync::mpsc::{self, Receiver};
    use std::sync::{Arc, Barrier};
    use std::thread::{self, JoinHandle};
    use std::time::Duration;

    /// How long a correct wake-up may take, at most: a thread that has not
    /// returned after this long slept through the change it was waiting for.
    const WAKE: Duration = Duration::from_secs(1);

    /// How long a thread just started is given to reach its `wait` (and how
    /// long a call is watched to show that it has not returned yet).
    const SETTLE: Duration = Duration::from_millis(20);

    /// How many times the tests that depend on a thread being asleep in
    /// `wait` repeat their scenario (one lucky schedule is not enough).
    const ROUNDS: usize = 12;

    /// Joins `handle`; if the thread panicked, fails with its message.
    fn join<R>(handle: JoinHandle<R>, who: &str) -> R {
        handle.join().unwrap_or_else(|payload| {
            panic!(
                "{who} panicked: {}",
                graded::panic_message(payload.as_ref())
            )
        })
    }

    /// Waits for the next event on `events`, or fails with `why`.
    fn next<T>(events: &Receiver<T>, why: &str) -> T {
        events
            .recv_timeout(WAKE)
            .unwrap_or_else(|_| panic!("{why} (waited {WAKE:?}: it may have deadlocked)"))
    }

    graded::tests! {
        loom_models;

        /// Items come out in the order they went in; `len` and `is_empty`
        /// count them.
        fn pops_in_fifo_order_and_counts_items() {
            let queue = BoundedQueue::new(3);
            assert!(queue.is_empty(), "a new queue must be empty");
            assert_eq!(queue.len(), 0, "a new queue must have len 0");
            queue.push('a');
            queue.push('b');
            assert_eq!(queue.len(), 2, "after two pushes, len must be 2");
            assert!(!queue.is_empty(), "a queue holding two items is not empty");
            let first = queue.pop();
            assert_eq!(first, 'a', "pop must return the oldest item first (FIFO)");
            assert_eq!(queue.len(), 1, "after a pop, len must go down by one");
            let second = queue.pop();
            assert_eq!(second, 'b', "pop must return items in the order pushed");
            assert!(queue.is_empty(), "after popping every item the queue is empty");
            queue.push('c');
            queue.push('d');
            queue.push('e');
            assert_eq!(queue.len(), 3, "a queue of capacity 3 holds 3 items without waiting");
        }

        /// A full queue makes `push` wait until a `pop` frees a slot, and
        /// that `pop` wakes it.
        fn push_waits_while_full() {
            let queue = Arc::new(BoundedQueue::new(1));
            queue.push(1);
            let (pushed_tx, pushed) = mpsc::channel();
            let pusher = {
                let queue = Arc::clone(&queue);
                thread::spawn(move || {
                    queue.push(2);
                    pushed_tx.send(()).expect("the test stopped listening");
                })
            };
            assert!(
                pushed.recv_timeout(Duration::from_millis(50)).is_err(),
                "push into a full queue (capacity 1, holding 1) returned at once: \
                 it must wait while len == capacity"
            );
            assert_eq!(queue.len(), 1, "a waiting push must not add its item yet");
            assert_eq!(queue.pop(), 1, "pop must return the item that was there first");
            next(
                &pushed,
                "a push waiting on a full queue never woke after a pop freed a slot: \
                 pop must notify `not_full`",
            );
            join(pusher, "the pushing thread");
            assert_eq!(queue.pop(), 2, "the woken push must have added its item");
        }

        /// An empty queue makes `pop` wait until a `push`, and that `push`
        /// wakes it.
        fn pop_waits_while_empty() {
            let queue = Arc::new(BoundedQueue::new(2));
            let (popped_tx, popped) = mpsc::channel();
            let popper = {
                let queue = Arc::clone(&queue);
                thread::spawn(move || {
                    popped_tx.send(queue.pop()).expect("the test stopped listening");
                })
            };
            assert!(
                popped.recv_timeout(Duration::from_millis(50)).is_err(),
                "pop on an empty queue returned: it must wait while the queue is empty"
            );
            queue.push(42);
            let got = next(
                &popped,
                "a pop waiting on an empty queue never woke after a push: \
                 push must notify `not_empty`",
            );
            assert_eq!(got, 42, "the woken pop must return the pushed item");
            join(popper, "the popping thread");
        }

        /// A push woken by a pop must look again: here another thread pops
        /// and at once pushes, taking the freed slot before the woken push
        /// runs. An `if` around `wait` lets the woken push in anyway, and the
        /// one-slot queue holds two items.
        fn a_woken_push_checks_again_that_there_is_room() {
            let queue = Arc::new(BoundedQueue::new(1));
            for round in 0..ROUNDS {
                queue.push(0);
                let (events_tx, events) = mpsc::channel::<(&str, usize)>();
                let (started_tx, started) = mpsc::channel();
                let waiter = {
                    let (queue, events_tx) = (Arc::clone(&queue), events_tx.clone());
                    thread::spawn(move || {
                        started_tx.send(()).expect("the test stopped listening");
                        queue.push(1);
                        let _ = events_tx.send(("the woken push", queue.len()));
                    })
                };
                next(&started, "the pushing thread never started");
                assert!(
                    events.recv_timeout(SETTLE).is_err(),
                    "push into a full queue returned at once: it must wait while len == capacity"
                );
                // Pop (waking the push that waits), then push at once: this
                // thread is running and usually takes the slot first.
                let barger = {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || {
                        let item = queue.pop();
                        queue.push(2);
                        let _ = events_tx.send(("the pop-then-push thread", queue.len()));
                        item
                    })
                };
                let mut finished = Vec::new();
                let (who, len) = next(&events, "neither push finished after a pop freed the slot");
                finished.push(who);
                assert!(
                    len <= 1,
                    "round {round}: the queue held {len} items with capacity 1 after {who}: \
                     a push went ahead without checking again, after waking, that there was \
                     room (use `while`, not `if`, around `wait`)"
                );
                // A correct queue is full again and the other push waits;
                // if it finishes now, it pushed into a full queue.
                if let Ok((who, len)) = events.recv_timeout(SETTLE) {
                    finished.push(who);
                    let now = queue.len();
                    assert!(
                        len <= 1 && now <= 1,
                        "round {round}: the queue held {} items with capacity 1 after {who}: \
                         a woken push went ahead without checking again that there was room \
                         (use `while`, not `if`, around `wait`)",
                        len.max(now)
                    );
                } else {
                    let len = queue.len();
                    assert!(
                        len <= 1,
                        "round {round}: the queue held {len} items with capacity 1: a woken push \
                         went ahead without checking again that there was room (use `while`, \
                         not `if`, around `wait`)"
                    );
                    let _ = queue.pop();
                    let (who, len) = next(
                        &events,
                        "a push waiting on a full queue never woke after a pop: \
                         pop must notify `not_full`",
                    );
                    finished.push(who);
                    assert!(
                        len <= 1,
                        "round {round}: the queue held {len} items with capacity 1 after {who}"
                    );
                }
                assert_eq!(
                    join(barger, "the pop-then-push thread"),
                    0,
                    "round {round}: pop must return the oldest item"
                );
                join(waiter, "the pushing thread");
                while !queue.is_empty() {
                    let _ = queue.pop();
                }
                assert_eq!(finished.len(), 2, "round {round}: both pushes must finish");
            }
        }

        /// A pop woken by a push must look again: here another thread pushes
        /// and at once pops, taking the item before the woken pop runs. An
        /// `if` around `wait` lets the woken pop go on to an empty queue.
        fn a_woken_pop_checks_again_that_there_is_an_item() {
            let queue = Arc::new(BoundedQueue::new(2));
            for round in 0..ROUNDS {
                let (popped_tx, popped) = mpsc::channel();
                let waiter = {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || {
                        let _ = popped_tx.send(queue.pop());
                    })
                };
                assert!(
                    popped.recv_timeout(SETTLE).is_err(),
                    "pop on an empty queue returned: it must wait while the queue is empty"
                );
                // Push (waking the pop that waits), then pop at once.
                let barger = {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || {
                        queue.push(1);
                        queue.pop()
                    })
                };
                // If the woken pop finds the queue empty, it must wait again;
                // push a second item for it (or for the other pop) from a
                // thread of its own, so that a poisoned lock cannot hide why.
                let early = popped.recv_timeout(SETTLE);
                let feeder = {
                    let queue = Arc::clone(&queue);
                    (early != Err(mpsc::RecvTimeoutError::Disconnected))
                        .then(|| thread::spawn(move || queue.push(2)))
                };
                let mut got: Vec<u32> = early.into_iter().collect();
                if got.is_empty()
                    && let Ok(item) = popped.recv_timeout(WAKE)
                {
                    got.push(item);
                }
                if got.is_empty() {
                    let why = match waiter.join() {
                        Err(payload) => graded::panic_message(payload.as_ref()).to_owned(),
                        Ok(()) => String::from("it returned without an item"),
                    };
                    panic!(
                        "round {round}: a pop woke up to an empty queue and panicked ({why}): \
                         another thread took the item first, so after waking pop must check \
                         again (use `while`, not `if`, around `wait`)"
                    );
                }
                if let Some(feeder) = feeder {
                    join(feeder, "the pushing thread");
                }
                got.push(join(barger, "the push-then-pop thread"));
                join(waiter, "the popping thread");
                got.sort_unstable();
                assert_eq!(
                    got,
                    [1, 2],
                    "round {round}: two items were pushed and two pops returned {got:?}: each \
                     item must be popped exactly once"
                );
                assert!(queue.is_empty(), "round {round}: every item was popped");
            }
        }

        /// Two pops wait on an empty queue; two pushes in a row must wake
        /// both (a push that notifies only when the queue was empty leaves
        /// the second asleep next to an item).
        fn every_push_wakes_a_waiting_pop() {
            let queue = Arc::new(BoundedQueue::new(2));
            for round in 0..ROUNDS {
                let (popped_tx, popped) = mpsc::channel();
                let poppers: Vec<_> = (0..2)
                    .map(|_| {
                        let (queue, popped_tx) = (Arc::clone(&queue), popped_tx.clone());
                        thread::spawn(move || {
                            let _ = popped_tx.send(queue.pop());
                        })
                    })
                    .collect();
                assert!(
                    popped.recv_timeout(SETTLE).is_err(),
                    "pop on an empty queue returned: it must wait while the queue is empty"
                );
                queue.push(1);
                queue.push(2);
                let mut got = Vec::new();
                for _ in 0..2 {
                    match popped.recv_timeout(WAKE) {
                        Ok(item) => got.push(item),
                        Err(_) => {
                            let left = queue.len();
                            panic!(
                                "round {round}: two pops waited, two items were pushed, but a \
                                 pop is still asleep with {left} item(s) in the queue: every \
                                 push must notify `not_empty`, not only the push into an \
                                 empty queue"
                            );
                        }
                    }
                }
                for popper in poppers {
                    join(popper, "a popping thread");
                }
                got.sort_unstable();
                assert_eq!(got, [1, 2], "round {round}: each item must be popped exactly once");
            }
        }

        /// Two pushes wait on a full queue; two pops in a row must wake both.
        fn every_pop_wakes_a_waiting_push() {
            let queue = Arc::new(BoundedQueue::new(2));
            for round in 0..ROUNDS {
                queue.push(1);
                queue.push(2);
                let (pushed_tx, pushed) = mpsc::channel();
                let pushers: Vec<_> = (3..5)
                    .map(|item| {
                        let (queue, pushed_tx) = (Arc::clone(&queue), pushed_tx.clone());
                        thread::spawn(move || {
                            queue.push(item);
                            let _ = pushed_tx.send(());
                        })
                    })
                    .collect();
                assert!(
                    pushed.recv_timeout(SETTLE).is_err(),
                    "push into a full queue returned at once: it must wait while len == capacity"
                );
                let mut got = vec![queue.pop(), queue.pop()];
                for _ in 0..2 {
                    if pushed.recv_timeout(WAKE).is_err() {
                        let len = queue.len();
                        panic!(
                            "round {round}: two pushes waited, two items were popped, but a \
                             push is still asleep with {len} item(s) in a queue of capacity 2: \
                             every pop must notify `not_full`"
                        );
                    }
                }
                for pusher in pushers {
                    join(pusher, "a pushing thread");
                }
                got.extend([queue.pop(), queue.pop()]);
                got[2..].sort_unstable();
                assert_eq!(
                    got,
                    [1, 2, 3, 4],
                    "round {round}: the items must come out in order, each exactly once"
                );
            }
        }

        /// Four producers, four consumers, a two-slot queue: after every push
        /// and before every pop the queue holds at most two items, every item
        /// arrives exactly once, and each producer's items arrive in order.
        fn many_producers_and_consumers_lose_nothing_and_never_overfill() {
            const PER: usize = 2_000;
            const CAP: usize = 2;
            let queue = Arc::new(BoundedQueue::new(CAP));
            let start = Arc::new(Barrier::new(8));
            let mut crew = Crew::new();
            for p in 0..4 {
                let (queue, start) = (Arc::clone(&queue), Arc::clone(&start));
                crew.spawn(format!("producer {p}"), move || {
                    start.wait();
                    let most = (0..PER)
                        .map(|i| {
                            queue.push((p, i));
                            queue.len()
                        })
                        .max();
                    (Vec::new(), most.unwrap_or(0))
                });
            }
            for c in 0..4 {
                let (queue, start) = (Arc::clone(&queue), Arc::clone(&start));
                crew.spawn(format!("consumer {c}"), move || {
                    start.wait();
                    let mut most = 0;
                    let got: Vec<(usize, usize)> = (0..PER)
                        .map(|_| {
                            most = most.max(queue.len());
                            queue.pop()
                        })
                        .collect();
                    (got, most)
                });
            }
            let mut received = Vec::new();
            for (who, (got, most)) in crew.finish() {
                assert!(
                    most <= CAP,
                    "{who} saw {most} items in a queue of capacity {CAP}: a push went ahead \
                     without checking again, after waking, that there was room (use `while`, \
                     not `if`, around `wait`)"
                );
                for p in 0..4 {
                    let mine: Vec<_> = got.iter().filter(|(q, _)| *q == p).collect();
                    assert!(
                        mine.windows(2).all(|w| w[0].1 < w[1].1),
                        "{who} got producer {p}'s items out of order: the queue must be first \
                         in, first out"
                    );
                }
                received.extend(got);
            }
            received.sort_unstable();
            let expected: Vec<_> = (0..4).flat_map(|p| (0..PER).map(move |i| (p, i))).collect();
            assert!(
                received == expected,
                "the consumers did not receive every pushed item exactly once \
                 ({} received, {} pushed)",
                received.len(),
                expected.len()
            );
        }
    }

    /// Threads whose results (or panics) come back on a channel, so that a
    /// thread stuck forever or a lock poisoned by one thread's panic cannot
    /// hide what went wrong first.
    struct Crew<R> {
        results: mpsc::Sender<(String, Result<R, String>)>,
        finished: Receiver<(String, Result<R, String>)>,
        handles: Vec<(String, JoinHandle<()>)>,
    }

    impl<R: Send + 'static> Crew<R> {
        fn new() -> Self {
            let (results, finished) = mpsc::channel();
            Self {
                results,
                finished,
                handles: Vec::new(),
            }
        }

        fn spawn(&mut self, who: String, body: impl FnOnce() -> R + Send + 'static) {
            let (results, name) = (self.results.clone(), who.clone());
            let handle = thread::spawn(move || {
                let result = catch_unwind(AssertUnwindSafe(body))
                    .map_err(|payload| graded::panic_message(payload.as_ref()).to_owned());
                let _ = results.send((name, result));
            });
            self.handles.push((who, handle));
        }

        /// Every thread's result, in the order they finished; fails with the
        /// first panic that is not a poisoned lock (the cause, not a
        /// consequence), or names the threads still running after a while.
        fn finish(self) -> Vec<(String, R)> {
            let mut done = Vec::new();
            let mut panics = Vec::new();
            while done.len() + panics.len() < self.handles.len() {
                match self.finished.recv_timeout(WAKE) {
                    Ok((who, Ok(result))) => done.push((who, result)),
                    Ok((who, Err(message))) => panics.push(format!("{who} panicked: {message}")),
                    Err(_) => break,
                }
            }
            if let Some(first) = panics
                .iter()
                .find(|p| !p.contains("PoisonError"))
                .or(panics.first())
            {
                panic!("{first}");
            }
            let running: Vec<&str> = self
                .handles
                .iter()
                .filter(|(_, handle)| !handle.is_finished())
                .map(|(who, _)| who.as_str())
                .collect();
            assert!(
                done.len() == self.handles.len(),
                "{running:?} still running after {WAKE:?} with no progress: a push or pop \
                 slept through the change it waited for (a lost wake-up?)"
            );
            for (who, handle) in self.handles {
                join(handle, &who);
            }
            done
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
        /// item is popped once (an `if` around `wait` in `pop` fails here).
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
                let mut got: Vec<u8> = consumers
                    .into_iter()
                    .map(|c| c.join().expect("a consumer panicked"))
                    .collect();
                got.sort_unstable();
                assert_eq!(got, [1, 2], "each item must be popped by exactly one consumer");
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
                assert_eq!(queue.pop(), 1, "the first item pushed must be popped first");
                assert_eq!(queue.pop(), 2, "the second item pushed must be popped second");
                producer.join().expect("the producer panicked");
                assert!(queue.is_empty(), "every item was popped: the queue must be empty");
            });
        }

        /// Two producers on a one-slot queue: after every push the queue
        /// holds one item at most (an `if` around `wait` in `push` lets a
        /// woken push in after the other producer refilled the slot).
        fn loom_two_producers_never_overfill_one_slot() {
            check(|| {
                let queue = Arc::new(BoundedQueue::new(1));
                let producer = |items: &'static [u8]| {
                    let queue = queue.clone();
                    thread::spawn(move || {
                        for &item in items {
                            queue.push(item);
                            let len = queue.len();
                            assert!(
                                len <= 1,
                                "the queue held {len} items with capacity 1: a woken push \
                                 went ahead without checking again that there was room \
                                 (use `while`, not `if`, around `wait`)"
                            );
                        }
                    })
                };
                let first = producer(&[1, 2]);
                let second = producer(&[3]);
                let mut got: Vec<u8> = (0..3).map(|_| queue.pop()).collect();
                first.join().expect("a producer panicked");
                second.join().expect("a producer panicked");
                got.sort_unstable();
                assert_eq!(got, [1, 2, 3], "each item must be popped exactly once");
            });
        }

        /// Two consumers wait on a two-slot queue; two pushes must wake both
        /// (a push that notifies only when the queue was empty deadlocks).
        fn loom_two_pushes_wake_two_waiting_consumers() {
            check(|| {
                let queue = Arc::new(BoundedQueue::new(2));
                let consumers: Vec<_> = (0..2)
                    .map(|_| {
                        let queue = queue.clone();
                        thread::spawn(move || queue.pop())
                    })
                    .collect();
                queue.push(1);
                queue.push(2);
                let mut got: Vec<u8> = consumers
                    .into_iter()
                    .map(|c| c.join().expect("a consumer panicked"))
                    .collect();
                got.sort_unstable();
                assert_eq!(got, [1, 2], "each item must be popped by exactly one consumer");
            });
        }
    }
}
