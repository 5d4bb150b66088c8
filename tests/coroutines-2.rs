//! Graded tests for coroutines-2: blocking lookups moved off the runtime.

use std::sync::mpsc::{TryRecvError, channel};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use coroutines_2::lookup_all;

fn keys(names: &[&str]) -> Vec<String> {
    names.iter().map(|k| k.to_string()).collect()
}

graded::tests! {
    /// Each lookup blocks until a task on the same one-thread runtime has
    /// seen it start and lets it go: that task can only run while the
    /// lookups block if they are off the runtime's thread.
    async fn blocking_lookups_do_not_stall_the_runtime() {
        let (started_tx, started) = channel::<()>();
        let (open, gate) = channel::<()>();
        let gate = Mutex::new(gate);
        // Opens the gate once for each lookup it sees start; gives up after
        // a while, so that it never outlives the test.
        let opener = tokio::spawn(async move {
            let deadline = Instant::now() + Duration::from_secs(2);
            let mut opened = 0;
            while opened < 3 && Instant::now() < deadline {
                match started.try_recv() {
                    Ok(()) => {
                        // The lookups may already have given up.
                        let _ = open.send(());
                        opened += 1;
                    }
                    Err(TryRecvError::Empty) => tokio::time::sleep(Duration::from_millis(1)).await,
                    Err(TryRecvError::Disconnected) => break,
                }
            }
        });
        let answers = lookup_all(keys(&["a", "b", "c"]), move |key| {
            let _ = started_tx.send(());
            let gate = gate.lock().expect("another lookup panicked holding the gate");
            match gate.recv_timeout(Duration::from_millis(400)) {
                Ok(()) => format!("{key}!"),
                Err(_) => format!("{key} stalled"),
            }
        })
        .await;
        assert_eq!(
            answers,
            ["a!", "b!", "c!"],
            "the lookups stalled: while they blocked, no other task on the runtime ran. Run \
             each call with `tokio::task::spawn_blocking`, not on the runtime's thread (not \
             inline, not in `tokio::spawn`)"
        );
        opener.await.expect("the opener task does not panic");
    }

    /// All the lookups run at the same time: each waits until all four have
    /// started, which never happens if they run one after another.
    async fn lookups_run_at_the_same_time() {
        let meeting = Arc::new((Mutex::new(0), Condvar::new()));
        let answers = lookup_all(keys(&["w", "x", "y", "z"]), move |key| {
            let (arrived, all_here) = &*meeting;
            let mut count = arrived.lock().expect("another lookup panicked holding the lock");
            *count += 1;
            all_here.notify_all();
            let (count, waited) = all_here
                .wait_timeout_while(count, Duration::from_millis(400), |n| *n < 4)
                .expect("another lookup panicked holding the lock");
            drop(count);
            if waited.timed_out() { format!("{key} alone") } else { format!("{key} met") }
        })
        .await;
        assert_eq!(
            answers,
            ["w met", "x met", "y met", "z met"],
            "the 4 lookups did not all run at the same time: start every `spawn_blocking` \
             job before awaiting any, one job per key"
        );
    }

    /// The answers come back in the order of the keys, however long each
    /// lookup takes.
    async fn answers_keep_the_order_of_the_keys() {
        let names: Vec<String> = (0..30).map(|i| format!("key{i}")).collect();
        let answers = lookup_all(names.clone(), |key| {
            let n: u64 = key[3..].parse().expect("keys are key0..key29");
            std::thread::sleep(Duration::from_millis((30 - n) % 4));
            key.to_uppercase()
        })
        .await;
        let expected: Vec<String> = names.iter().map(|k| k.to_uppercase()).collect();
        assert_eq!(
            answers, expected,
            "the answers are not in the order of the keys: put each answer in its key's place"
        );
        assert!(
            lookup_all(Vec::new(), |k: &str| k.to_owned()).await.is_empty(),
            "no keys should give no answers"
        );
    }

    /// The lookups finish in the reverse order of the keys (each waits for
    /// the next one to finish first), and the answers still come back in the
    /// order of the keys, not in the order they finished.
    async fn answers_keep_the_order_when_the_last_finishes_first() {
        const KEYS: usize = 6;
        // The index of the key whose lookup may finish next: the last first.
        let turn = Arc::new((Mutex::new(KEYS - 1), Condvar::new()));
        let names: Vec<String> = (0..KEYS).map(|i| format!("k{i}")).collect();
        let answers = lookup_all(names.clone(), move |key| {
            let me: usize = key[1..].parse().expect("keys are k0..k5");
            let (next, turn_changed) = &*turn;
            let next = next.lock().expect("another lookup panicked holding the lock");
            let (mut next, waited) = turn_changed
                .wait_timeout_while(next, Duration::from_millis(250), |n| *n != me)
                .expect("another lookup panicked holding the lock");
            *next = me.wrapping_sub(1);
            turn_changed.notify_all();
            if waited.timed_out() { format!("{key} waited in vain") } else { key.to_uppercase() }
        })
        .await;
        let expected: Vec<String> = names.iter().map(|k| k.to_uppercase()).collect();
        assert_eq!(
            answers, expected,
            "with the lookups finishing last key first, the answers came back out of order (or \
             the lookups did not run at the same time): keep each answer in its key's place, \
             whatever order the jobs finish in"
        );
    }

    /// A lookup that panics makes `lookup_all` panic with its message,
    /// instead of the panic being lost or turned into a wrong answer.
    async fn a_panicking_lookup_panics_the_caller() {
        let outcome = tokio::spawn(lookup_all(keys(&["fine", "bad", "also fine"]), |key| {
            if key == "bad" {
                panic!("no such key: {key}");
            }
            key.to_owned()
        }))
        .await;
        let payload = match outcome {
            Ok(answers) => panic!(
                "lookup_all returned {answers:?} although a lookup panicked: pass the panic on \
                 (`std::panic::resume_unwind(e.into_panic())`), do not skip or swallow it"
            ),
            Err(e) => e.into_panic(),
        };
        let message = graded::panic_message(&*payload);
        assert_eq!(
            message, "no such key: bad",
            "lookup_all panicked with {message:?} instead of the lookup's own panic: resume it \
             with `std::panic::resume_unwind(e.into_panic())` rather than a panic of your own"
        );
    }
}
