//! Graded tests for channels-3: fan-in of many tokio channels into one.
//! Each test also checks, with `leakcheck`, that no task is left behind.

use channels_3::merge;
use std::future::Future;
use std::panic::{self, PanicHookInfo};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;
use tokio::sync::mpsc::{Receiver, Sender, channel};
use tokio::time::timeout;

/// How long a test waits for the merged receiver before it fails with a message.
const PATIENCE: Duration = Duration::from_secs(2);

/// The merged receiver's next message: a value, or `None` once it is closed.
async fn next(merged: &mut Receiver<u64>) -> Option<u64> {
    next_or(
        merged,
        "the merged receiver should deliver a value or close within 2 s",
    )
    .await
}

/// [`next`], failing with `why` if nothing comes within [`PATIENCE`].
async fn next_or(merged: &mut Receiver<u64>, why: &str) -> Option<u64> {
    match timeout(PATIENCE, merged.recv()).await {
        Ok(message) => message,
        Err(_) => panic!("nothing came out of the merged receiver within {PATIENCE:?}: {why}"),
    }
}

/// Everything the merged receiver delivers until it closes.
async fn drain(merged: &mut Receiver<u64>) -> Vec<u64> {
    let mut got = Vec::new();
    while let Some(value) = next(merged).await {
        got.push(value);
    }
    got
}

/// `count` inputs of capacity 1, each with a task sending `per_input` values
/// (`input * 1000 + i`) and then closing; returns the receivers.
fn producers(count: u64, per_input: u64) -> Vec<Receiver<u64>> {
    (0..count)
        .map(|input| {
            let (tx, rx) = channel(1);
            tokio::spawn(async move {
                for i in 0..per_input {
                    tx.send(input * 1000 + i)
                        .await
                        .expect("merge dropped an input while it was open: copy each input until `recv().await` gives None");
                }
            });
            rx
        })
        .collect()
}

type Hook = Arc<dyn Fn(&PanicHookInfo<'_>) + Send + Sync>;

/// Counts the panics on this thread while it lives: the test's runtime runs
/// its tasks here, and tokio catches a task's panic and only prints it.
struct PanicCounter {
    panics: Arc<AtomicUsize>,
    previous: Hook,
}

impl PanicCounter {
    fn install() -> Self {
        let previous: Hook = Arc::from(panic::take_hook());
        let panics = Arc::new(AtomicUsize::new(0));
        let me = thread::current().id();
        panic::set_hook(Box::new({
            let previous = Arc::clone(&previous);
            let panics = Arc::clone(&panics);
            move |info| {
                if thread::current().id() == me {
                    panics.fetch_add(1, Ordering::SeqCst);
                }
                previous(info);
            }
        }));
        PanicCounter { panics, previous }
    }
}

impl Drop for PanicCounter {
    fn drop(&mut self) {
        // The hook cannot be changed while this thread panics; the counting
        // hook then stays, and goes on calling the previous one.
        if !thread::panicking() {
            let _ = panic::take_hook();
            let previous = Arc::clone(&self.previous);
            panic::set_hook(Box::new(move |info| previous(info)));
        }
    }
}

/// Runs `body` one test at a time, then checks that it left no task and no
/// thread behind (every copying task must end once its input closes or the
/// merged receiver is dropped), and that no task panicked on the way.
async fn checked(body: impl Future<Output = ()>) {
    let _serial = leakcheck::serial();
    let counter = PanicCounter::install();
    leakcheck::verify_async(body).await;
    let panics = counter.panics.load(Ordering::SeqCst);
    assert_eq!(
        panics, 0,
        "a copying task panicked (see its message above): once the merged receiver is gone, a \
         failed send means stop copying (break), not unwrap"
    );
}

graded::tests! {
    /// Every value from every input arrives exactly once, and the merged
    /// receiver closes when the producers are done.
    async fn every_value_arrives_exactly_once() {
        checked(async {
            for _ in 0..20 {
                let mut merged = merge(producers(8, 100));
                let mut got = drain(&mut merged).await;
                got.sort_unstable();
                let expected: Vec<u64> = (0..8)
                    .flat_map(|input| (0..100).map(move |i| input * 1000 + i))
                    .collect();
                assert!(
                    got == expected,
                    "8 inputs sent 100 values each, and the merged receiver delivered {} \
                     values: every value should arrive exactly once",
                    got.len()
                );
            }
        })
        .await;
    }

    /// A copy waits for room when the merged receiver is full: values queued
    /// on the inputs before anyone reads the merged receiver all arrive.
    async fn a_full_merged_receiver_makes_the_copies_wait() {
        checked(async {
            let inputs: Vec<Receiver<u64>> = (0..2)
                .map(|input| {
                    let (tx, rx) = channel(10);
                    for i in 0..10 {
                        tx.try_send(input * 1000 + i)
                            .expect("the input has room for 10 values");
                    }
                    rx // `tx` is dropped: the input closes once drained
                })
                .collect();
            let mut merged = merge(inputs);
            let mut got = drain(&mut merged).await;
            got.sort_unstable();
            let expected: Vec<u64> = (0..2)
                .flat_map(|input| (0..10).map(move |i| input * 1000 + i))
                .collect();
            assert!(
                got == expected,
                "2 inputs held 10 values each, and the merged receiver delivered {got:?}: \
                 when the merged channel is full, a copy should wait for room (`send(v).await`), \
                 not drop the value"
            );
        })
        .await;
    }

    /// Each input's values come out in the order they were sent.
    async fn each_inputs_values_keep_their_order() {
        checked(async {
            let mut merged = merge(producers(4, 200));
            let got = drain(&mut merged).await;
            assert_eq!(
                got.len(),
                800,
                "4 inputs sent 200 values each: the merged receiver should deliver 800"
            );
            for input in 0..4 {
                let from_input: Vec<u64> =
                    got.iter().copied().filter(|v| v / 1000 == input).collect();
                assert!(
                    from_input == (0..200).map(|i| input * 1000 + i).collect::<Vec<_>>(),
                    "the values of input {input} came out of order: each input's values \
                     should keep the order they were sent in"
                );
            }
        })
        .await;
    }

    /// The merged receiver stays open while any input is open, and closes
    /// once the last one closes; merging no inputs gives a closed receiver.
    async fn merged_receiver_closes_after_the_last_input() {
        checked(async {
            let mut nothing = panic::catch_unwind(|| merge(Vec::<Receiver<u64>>::new()))
                .unwrap_or_else(|_| {
                    panic!(
                        "merge(vec![]) panicked (see above): tokio's `channel(0)` panics, so \
                         the merged channel needs a capacity of at least 1"
                    )
                });
            assert_eq!(
                next(&mut nothing).await,
                None,
                "merging no inputs should give a closed receiver"
            );

            let (early_tx, early) = channel(1);
            let (late_tx, late) = channel(1);
            let mut merged = merge(vec![early, late]);
            early_tx
                .send(1)
                .await
                .expect("merge should keep the first input open until it is closed");
            drop(early_tx); // the first input closes...
            assert_eq!(
                next(&mut merged).await,
                Some(1),
                "the value sent on the first input should come out"
            );
            late_tx
                .send(2)
                .await
                .expect("merge should keep the second input open until it is closed"); // ...the second is still open
            assert_eq!(
                next(&mut merged).await,
                Some(2),
                "one closed input must not close the merge"
            );
            drop(late_tx);
            assert_eq!(
                next(&mut merged).await,
                None,
                "the merge should close after its last input"
            );
        })
        .await;
    }

    /// The inputs are read at the same time: a value on the second input comes
    /// through while the first is open and quiet, and a pause on an input
    /// does not end its copy.
    async fn a_quiet_input_does_not_hold_up_the_others() {
        checked(async {
            let (quiet_tx, quiet) = channel::<u64>(1);
            let (busy_tx, busy) = channel(1);
            let mut merged = merge(vec![quiet, busy]);
            for value in [10, 20, 30] {
                busy_tx.send(value).await.expect(
                    "merge dropped the second input while it was open: a pause on an input \
                     does not end it (`recv().await`, not `try_recv()`)",
                );
                assert_eq!(
                    next_or(
                        &mut merged,
                        "a value from the second input should arrive while the first is open \
                         and quiet: read every input at the same time (a task per input)",
                    )
                    .await,
                    Some(value),
                    "the value sent on the second input should come out"
                );
            }
            drop(busy_tx);
            quiet_tx.send(5).await.expect(
                "merge dropped the first input while it was open: a pause on an input does \
                 not end it (`recv().await`, not `try_recv()`)",
            );
            drop(quiet_tx);
            assert_eq!(
                drain(&mut merged).await,
                [5],
                "the quiet input's value should come out, then the merge should close"
            );
        })
        .await;
    }

    /// Dropping the merged receiver stops the copying: the inputs are dropped,
    /// so their senders see them closed, and no task panics.
    async fn dropping_the_merged_receiver_releases_the_inputs() {
        checked(async {
            let inputs: Vec<(Sender<u64>, Receiver<u64>)> = (0..3).map(|_| channel(1)).collect();
            let (senders, receivers): (Vec<_>, Vec<_>) = inputs.into_iter().unzip();
            let merged = merge(receivers);
            drop(merged);
            for tx in &senders {
                // The next value finds nobody to take it: the copy stops and drops the input.
                let _ = tx.send(1).await;
                timeout(PATIENCE, tx.closed()).await.expect(
                    "each input should be dropped once the merged receiver is gone: a failed \
                     send means the merged receiver was dropped, so stop copying (break)",
                );
            }
        })
        .await;
    }
}
