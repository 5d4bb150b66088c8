//! Graded tests for coroutines-2: blocking lookups moved off the runtime.

use std::sync::mpsc::channel;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use coroutines_2::lookup_all;

fn keys(names: &[&str]) -> Vec<String> {
    names.iter().map(|k| k.to_string()).collect()
}

graded::tests! {
    /// The lookups block until a task on the same one-thread runtime lets
    /// them go: that task can only run if the lookups are off the runtime's
    /// thread.
    async fn blocking_lookups_do_not_stall_the_runtime() {
        let (open, gate) = channel::<()>();
        let gate = Mutex::new(gate);
        let opener = tokio::spawn(async move {
            for _ in 0..3 {
                open.send(()).unwrap();
            }
        });
        let answers = lookup_all(keys(&["a", "b", "c"]), move |key| {
            match gate.lock().unwrap().recv_timeout(Duration::from_millis(300)) {
                Ok(()) => format!("{key}!"),
                Err(_) => "stalled: the opener task never ran".to_owned(),
            }
        })
        .await;
        assert_eq!(answers, ["a!", "b!", "c!"]);
        opener.await.unwrap();
    }

    /// All the lookups run at the same time: each waits until all four have
    /// started, which never happens if they run one after another.
    async fn lookups_run_at_the_same_time() {
        let meeting = Arc::new((Mutex::new(0), Condvar::new()));
        let answers = lookup_all(keys(&["w", "x", "y", "z"]), move |key| {
            let (arrived, all_here) = &*meeting;
            let mut count = arrived.lock().unwrap();
            *count += 1;
            all_here.notify_all();
            let (count, waited) = all_here
                .wait_timeout_while(count, Duration::from_millis(400), |n| *n < 4)
                .unwrap();
            drop(count);
            if waited.timed_out() { format!("{key} alone") } else { format!("{key} met") }
        })
        .await;
        assert_eq!(answers, ["w met", "x met", "y met", "z met"]);
    }

    /// The answers come back in the order of the keys, however long each
    /// lookup takes.
    async fn answers_keep_the_order_of_the_keys() {
        let names: Vec<String> = (0..30).map(|i| format!("key{i}")).collect();
        let answers = lookup_all(names.clone(), |key| {
            let n: u64 = key[3..].parse().unwrap();
            std::thread::sleep(Duration::from_millis((30 - n) % 4));
            key.to_uppercase()
        })
        .await;
        let expected: Vec<String> = names.iter().map(|k| k.to_uppercase()).collect();
        assert_eq!(answers, expected);
        assert!(lookup_all(Vec::new(), |k: &str| k.to_owned()).await.is_empty());
    }

    /// A lookup that panics makes `lookup_all` panic with its message,
    /// instead of the panic being lost or turned into a wrong answer.
    async fn a_panicking_lookup_panics_the_caller() {
        let outcome = tokio::spawn(lookup_all(keys(&["fine", "bad"]), |key| {
            if key == "bad" {
                panic!("no such key: {key}");
            }
            key.to_owned()
        }))
        .await;
        let payload = outcome.expect_err("lookup_all should panic").into_panic();
        assert_eq!(graded::panic_message(&*payload), "no such key: bad");
    }
}
