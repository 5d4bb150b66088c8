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
    // TODO: run each replica as a task, named with
    // `leakcheck::task::spawn_in(&mut set, format!("replica-{i}"), replica)`
    // (a leak report then names it and the line that spawned it), into a
    // `tokio::task::JoinSet`, and return the first one to finish. Then make
    // sure the losers are cancelled, on return and when the caller drops this
    // future early: dropping a `JoinHandle` only detaches its task.
    todo!()
}
