//! An errgroup: wait for every task, and cancel the rest on the first error.

use std::future::Future;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

// ANCHOR: group
/// Go's `errgroup.WithContext`, over a `JoinSet` and a `CancellationToken`.
///
/// Each task gets a child of the group's token to watch, like the `ctx` that
/// errgroup hands out. [`Group::wait`] returns the first error, after
/// cancelling the token. Unlike Go, a task that ignores the token is stopped
/// anyway: on the first error `wait` aborts every task still running (each is
/// dropped at the `.await` it is parked on) and returns once they are all
/// gone. Dropping a `Group` without waiting aborts its tasks as well.
pub struct Group<E> {
    tasks: JoinSet<Result<(), E>>,
    token: CancellationToken,
}

impl<E: Send + 'static> Group<E> {
    /// An empty group with a fresh token.
    pub fn new() -> Self {
        Group {
            tasks: JoinSet::new(),
            token: CancellationToken::new(),
        }
    }

    /// Starts `task(token)` on the runtime (`g.Go(func() error { ... })`).
    pub fn spawn<F, Fut>(&mut self, task: F)
    where
        F: FnOnce(CancellationToken) -> Fut,
        Fut: Future<Output = Result<(), E>> + Send + 'static,
    {
        self.tasks.spawn(task(self.token.child_token()));
    }

    /// Waits for every task; on the first error, cancels the token, aborts
    /// the other tasks and returns the error (`g.Wait()`).
    ///
    /// # Panics
    ///
    /// If a task panicked: its panic is resumed here.
    pub async fn wait(mut self) -> Result<(), E> {
        while let Some(joined) = self.tasks.join_next().await {
            match joined {
                Ok(Ok(())) => {}
                Ok(Err(err)) => {
                    self.token.cancel();
                    // Abort the rest and wait until each is dropped. (Only
                    // dropping the JoinSet would abort them too, without
                    // waiting.)
                    self.tasks.shutdown().await;
                    return Err(err);
                }
                Err(join_error) => std::panic::resume_unwind(join_error.into_panic()),
            }
        }
        Ok(())
    }
}

impl<E: Send + 'static> Default for Group<E> {
    fn default() -> Self {
        Group::new()
    }
}
// ANCHOR_END: group
