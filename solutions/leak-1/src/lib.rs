//! First answer wins, and the losers are cancelled.
//!
//! Go's "ask every replica, take the first answer" leaks the losers when
//! they block forever on a send nobody receives. In Rust the losers' sends
//! fail once the receiver is dropped, but a replica that is still *working*
//! keeps its detached task alive: dropping a `JoinHandle` does not stop its
//! task. A `JoinSet` does: it aborts every task it still holds when it is
//! dropped, whether [`first_response`] returns or its caller drops it early.

use std::future::Future;
use std::pin::Pin;

use tokio::task::JoinSet;

/// One replica's work: a future that may answer, or never.
pub type Replica<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// Runs every replica as a task of its own and returns the first answer, or
/// `None` when there are no replicas. No replica task is left running
/// afterwards, nor when this future is dropped before it completes.
pub async fn first_response<T: Send + 'static>(replicas: Vec<Replica<T>>) -> Option<T> {
    let mut running = JoinSet::new();
    for (i, replica) in replicas.into_iter().enumerate() {
        leakcheck::task::spawn_in(&mut running, format!("replica-{i}"), replica);
    }
    let first = running.join_next().await?;
    Some(first.expect("a replica panicked"))
    // `running` is dropped here, or with this future: the losers are aborted.
}
