//! Graded tests for channels-3: fan-in of many tokio channels into one.
//! Each test also checks, with `leakcheck`, that no task is left behind.

use channels_3::merge;
use std::future::Future;
use std::time::Duration;
use tokio::sync::mpsc::{Receiver, Sender, channel};
use tokio::time::timeout;

/// How long a test waits for the merged receiver before it fails with a message.
const PATIENCE: Duration = Duration::from_secs(2);

/// The merged receiver's next message: a value, or `None` once it is closed.
async fn next(merged: &mut Receiver<u64>) -> Option<u64> {
    timeout(PATIENCE, merged.recv())
        .await
        .expect("the merged receiver should deliver a value or close within 2 s")
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
                        .expect("merge dropped an input early");
                }
            });
            rx
        })
        .collect()
}

/// Runs `body` one test at a time, then checks that it left no task and no
/// thread behind: every copying task must end once its input closes or the
/// merged receiver is dropped.
async fn checked(body: impl Future<Output = ()>) {
    let _serial = leakcheck::serial();
    leakcheck::verify_async(body).await;
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
                assert_eq!(got, expected);
            }
        })
        .await;
    }

    /// Each input's values come out in the order they were sent.
    async fn each_inputs_values_keep_their_order() {
        checked(async {
            let mut merged = merge(producers(4, 200));
            let got = drain(&mut merged).await;
            assert_eq!(got.len(), 800);
            for input in 0..4 {
                let from_input: Vec<u64> = got.iter().copied().filter(|v| v / 1000 == input).collect();
                assert_eq!(
                    from_input,
                    (0..200).map(|i| input * 1000 + i).collect::<Vec<_>>()
                );
            }
        })
        .await;
    }

    /// The merged receiver stays open while any input is open, and closes
    /// once the last one closes; merging no inputs gives a closed receiver.
    async fn merged_receiver_closes_after_the_last_input() {
        checked(async {
            let mut nothing = merge(Vec::<Receiver<u64>>::new());
            assert_eq!(
                next(&mut nothing).await,
                None,
                "merging no inputs should give a closed receiver"
            );

            let (early_tx, early) = channel(1);
            let (late_tx, late) = channel(1);
            let mut merged = merge(vec![early, late]);
            early_tx.send(1).await.unwrap();
            drop(early_tx); // the first input closes...
            assert_eq!(next(&mut merged).await, Some(1));
            late_tx.send(2).await.unwrap(); // ...the second is still open
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
    /// through while the first is open and quiet.
    async fn a_quiet_input_does_not_hold_up_the_others() {
        checked(async {
            let (quiet_tx, quiet) = channel::<u64>(1);
            let (busy_tx, busy) = channel(1);
            let mut merged = merge(vec![quiet, busy]);
            for value in [10, 20, 30] {
                busy_tx.send(value).await.unwrap();
                assert_eq!(
                    next(&mut merged).await,
                    Some(value),
                    "a value from the second input should arrive while the first is open",
                );
            }
            drop(busy_tx);
            quiet_tx.send(5).await.unwrap();
            drop(quiet_tx);
            assert_eq!(drain(&mut merged).await, [5]);
        })
        .await;
    }

    /// Dropping the merged receiver stops the copying: the inputs are dropped,
    /// so their senders see them closed.
    async fn dropping_the_merged_receiver_releases_the_inputs() {
        checked(async {
            let inputs: Vec<(Sender<u64>, Receiver<u64>)> = (0..3).map(|_| channel(1)).collect();
            let (senders, receivers): (Vec<_>, Vec<_>) = inputs.into_iter().unzip();
            let merged = merge(receivers);
            drop(merged);
            for tx in &senders {
                // The next value finds nobody to take it: the copy stops and drops the input.
                let _ = tx.send(1).await;
                timeout(PATIENCE, tx.closed())
                    .await
                    .expect("each input should be dropped once the merged receiver is gone");
            }
        })
        .await;
    }
}
