//! First answer wins, and the losers are cancelled.
//!
//! Go's "ask every replica, take the first answer" leaks the losers when
//! they block forever on a send nobody receives. In Rust the losers' sends
//! fail once the receiver is dropped, but a replica that is still *working*
//! keeps its detached task alive.
//!
//! Run the tests with `cargo test -p leak-1`; ask for a hint with
//! `cargo course hint leak-1`.

use std::future::Future;
use std::pin::Pin;

/// One replica's work: a future that may answer, or never.
pub type Replica<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Runs every replica as a task of its own and returns the first answer, or
/// `None` when there are no replicas. No replica task is left running
/// afterwards, nor when this future is dropped before it completes.
pub async fn first_response<T: Send + 'static>(replicas: Vec<Replica<T>>) -> Option<T> {
    // TODO: this is the Go version, ported word for word, and it works: the
    // first answer comes back. But it leaks. Run `cargo test -p leak-1`: each
    // test names the tasks it left behind and the line that spawned them.
    // Fix both leaks so that no task outlives the call, whether it returns or
    // its caller drops it early.
    let (answers, mut first) = tokio::sync::mpsc::channel(1);
    for (i, replica) in replicas.into_iter().enumerate() {
        let answers = answers.clone();
        leakcheck::task::spawn(format!("replica-{i}"), async move {
            let _ = answers.send(replica.await).await;
        });
    }
    drop(answers);
    // Go: `case <-time.After(time.Minute): return nil`.
    let (give_up, timed_out) = tokio::sync::oneshot::channel();
    leakcheck::task::spawn("give-up-timer", async move {
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
        let _ = give_up.send(());
    });
    tokio::select! {
        answer = first.recv() => answer,
        _ = timed_out => None,
    }
}
